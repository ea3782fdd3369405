"""Generate the scan feedback sounds (run once; the WAV files are committed).

ok.wav: one short high beep; unknown.wav: a low double beep; wrong.wav: a buzz.
16-bit mono PCM at 22.05 kHz, a few kilobytes each; standard library only.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
HERE = Path(__file__).resolve().parent


def tone(freq: float, seconds: float, volume: float = 0.5, square: bool = False) -> list[int]:
    samples = []
    count = int(RATE * seconds)
    fade = int(RATE * 0.005)  # 5 ms fades: no clicks
    for n in range(count):
        phase = math.sin(2 * math.pi * freq * n / RATE)
        value = (1.0 if phase >= 0 else -1.0) * 0.6 if square else phase
        envelope = min(1.0, n / fade, (count - n) / fade)
        samples.append(int(32767 * volume * value * envelope))
    return samples


def silence(seconds: float) -> list[int]:
    return [0] * int(RATE * seconds)


def write(name: str, samples: list[int]) -> None:
    with wave.open(str(HERE / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


if __name__ == "__main__":
    write("ok.wav", tone(1760, 0.09))
    write("unknown.wav", tone(440, 0.11) + silence(0.07) + tone(440, 0.11))
    write("wrong.wav", tone(150, 0.45, 0.45, square=True))
