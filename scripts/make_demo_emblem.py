"""Draw the training data's emblem (resources/logo/demo-emblem.png).

A plain shield with a house above flood waves, drawn here from simple shapes so
that it is free of any licence; it is not the regency's real emblem. Run:
    .venv/bin/python scripts/make_demo_emblem.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
NAVY, ORANGE, WHITE, WATER = "#1f3a68", "#f28c28", "#ffffff", "#2f7fc1"


def main() -> None:
    w, h = 600, 720
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    shield = [(30, 30), (570, 30), (570, 470), (300, 690), (30, 470)]
    d.polygon(shield, fill=NAVY)
    inner = [(62, 62), (538, 62), (538, 458), (300, 646), (62, 458)]
    d.polygon(inner, fill=ORANGE)
    # house
    d.polygon([(300, 110), (440, 225), (160, 225)], fill=WHITE)
    d.rectangle([195, 220, 405, 345], fill=WHITE)
    d.rectangle([277, 270, 323, 345], fill=NAVY)
    # waves
    for top in (360, 410):
        points = []
        for x in range(100, 501, 10):
            import math

            points.append((x, top + 14 * math.sin((x - 100) / 50 * math.pi)))
        d.line(points, fill=WATER, width=26, joint="curve")
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "NotoSans-Bold.ttf"), 60)
    text = "BPBD"
    box = d.textbbox((0, 0), text, font=font)
    d.text(((w - (box[2] - box[0])) / 2 - box[0], 462 - box[1]), text, font=font, fill=NAVY)
    out = ROOT / "resources" / "logo" / "demo-emblem.png"
    image.save(out, optimize=True)
    print(out, out.stat().st_size)


if __name__ == "__main__":
    main()
