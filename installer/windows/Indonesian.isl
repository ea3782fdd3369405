; Gudang's Indonesian texts for the Inno Setup 6 wizard and uninstaller (Bahasa Indonesia).
;
; gudang.iss loads it on top of Inno Setup's own English file:
;   MessagesFile: "compiler:Default.isl,Indonesian.isl"
; so every message named here is Indonesian and any message not named here (rare error
; texts) falls back to English. Written for this project, in the words the warehouse
; staff use (folder, pintasan, pasang, hapus). %1, %n, [name] are filled in by Setup;
; messages that Setup ends with a full stop themselves have none here.

[LangOptions]
LanguageName=Bahasa Indonesia
LanguageID=$0421
LanguageCodePage=0

[Messages]
SetupAppTitle=Pemasangan
SetupWindowTitle=Pemasangan - %1
UninstallAppTitle=Penghapusan
UninstallAppFullTitle=Penghapusan %1

InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Kesalahan

SetupLdrStartupMessage=Program ini akan memasang %1. Lanjutkan?
SetupAppRunningError=%1 sedang berjalan.%n%nTutup dulu semua jendela %1, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
UninstallAppRunningError=%1 sedang berjalan.%n%nTutup dulu semua jendela %1, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.

PrivilegesRequiredOverrideInstruction=Pilih cara pemasangan
PrivilegesRequiredOverrideAllUsers=Pasang untuk &semua pengguna komputer ini
PrivilegesRequiredOverrideCurrentUser=Pasang &hanya untuk saya

ExitSetupTitle=Keluar dari pemasangan
ExitSetupMessage=Pemasangan belum selesai. Jika keluar sekarang, program tidak akan terpasang.%n%nPemasangan dapat dijalankan lagi lain waktu.%n%nKeluar dari pemasangan?

ButtonBack=< &Kembali
ButtonNext=&Lanjut >
ButtonInstall=&Pasang
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &semua
ButtonNo=&Tidak
ButtonNoToAll=T&idak untuk semua
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=T&elusuri...
ButtonNewFolder=&Buat folder baru

ClickNext=Klik Lanjut untuk meneruskan, atau Batal untuk keluar.
BrowseDialogTitle=Pilih folder
BrowseDialogLabel=Pilih sebuah folder di daftar berikut, lalu klik OK.
NewFolderName=Folder baru

WelcomeLabel1=Selamat datang di pemasangan [name]
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer ini.%n%nSebaiknya tutup aplikasi lain sebelum melanjutkan. Data gudang yang sudah ada tidak diubah oleh pemasangan; saat pertama kali dibuka, [name] memperbarui basis datanya setelah membuat cadangan.

WizardSelectDir=Pilih lokasi pemasangan
SelectDirDesc=Di mana [name] akan dipasang?
SelectDirLabel3=[name] akan dipasang di folder berikut.
SelectDirBrowseLabel=Klik Lanjut untuk meneruskan. Untuk memilih folder lain, klik Telusuri.
DiskSpaceMBLabel=Dibutuhkan ruang kosong sedikitnya [mb] MB.
DirExistsTitle=Folder sudah ada
DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang di folder itu?
DirDoesntExistTitle=Folder belum ada
DirDoesntExist=Folder:%n%n%1%n%nbelum ada. Buat folder tersebut?

WizardSelectTasks=Pilih tugas tambahan
SelectTasksDesc=Tugas tambahan apa yang akan dikerjakan?
SelectTasksLabel2=Pilih tugas tambahan yang dikerjakan saat memasang [name], lalu klik Lanjut.

WizardSelectProgramGroup=Pilih folder menu Start
SelectStartMenuFolderDesc=Di mana pintasan program akan diletakkan?
SelectStartMenuFolderLabel3=Pintasan program akan dibuat di folder menu Start berikut.
SelectStartMenuFolderBrowseLabel=Klik Lanjut untuk meneruskan. Untuk memilih folder lain, klik Telusuri.
NoProgramGroupCheck2=&Jangan buat folder di menu Start

WizardReady=Siap memasang
ReadyLabel1=Pemasangan [name] di komputer ini siap dimulai.
ReadyLabel2a=Klik Pasang untuk memulai, atau Kembali untuk memeriksa atau mengubah pilihan.
ReadyLabel2b=Klik Pasang untuk memulai.
ReadyMemoDir=Lokasi pemasangan:
ReadyMemoGroup=Folder menu Start:
ReadyMemoTasks=Tugas tambahan:

WizardPreparing=Bersiap memasang
PreparingDesc=Pemasangan [name] sedang disiapkan.
CannotContinue=Pemasangan tidak dapat dilanjutkan. Klik Batal untuk keluar.
ApplicationsFound=Aplikasi berikut sedang memakai berkas yang akan diperbarui. Sebaiknya biarkan pemasangan menutupnya secara otomatis.
ApplicationsFound2=Aplikasi berikut sedang memakai berkas yang akan diperbarui. Sebaiknya biarkan pemasangan menutupnya secara otomatis. Setelah selesai, aplikasi tersebut akan dijalankan kembali.
CloseApplications=&Tutup aplikasi secara otomatis
DontCloseApplications=&Jangan tutup aplikasi
ErrorCloseApplications=Tidak semua aplikasi dapat ditutup secara otomatis. Sebaiknya tutup sendiri aplikasi yang memakai berkas tersebut sebelum melanjutkan.

WizardInstalling=Memasang
InstallingLabel=Mohon tunggu, [name] sedang dipasang di komputer ini.

FinishedHeadingLabel=Pemasangan [name] selesai
FinishedLabelNoIcons=[name] sudah terpasang di komputer ini.
FinishedLabel=[name] sudah terpasang di komputer ini. Buka aplikasi melalui pintasan di menu Start.
ClickFinish=Klik Selesai untuk menutup pemasangan.
RunEntryExec=Jalankan %1
RunEntryShellExec=Buka %1

SetupAborted=Pemasangan tidak selesai.%n%nPerbaiki masalahnya, lalu jalankan pemasangan lagi.

StatusClosingApplications=Menutup aplikasi...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Menyalin berkas...
StatusCreateIcons=Membuat pintasan...
StatusSavingUninstall=Menyimpan informasi penghapusan...
StatusRunProgram=Menyelesaikan pemasangan...
StatusRestartingApplications=Menjalankan kembali aplikasi...
StatusRollback=Membatalkan perubahan...

ConfirmUninstall=Hapus %1 dari komputer ini? Data gudang (basis data dan cadangannya) tidak ikut dihapus.
UninstallStatusLabel=Mohon tunggu, %1 sedang dihapus dari komputer ini.
UninstalledAll=%1 sudah dihapus dari komputer ini.%n%nData gudang tetap tersimpan di folder pengguna, AppData\Local\Gudang (basis data dan folder backups). Pemasangan berikutnya memakainya lagi.
UninstalledMost=Penghapusan %1 selesai.%n%nBeberapa bagian tidak dapat dihapus dan dapat dihapus secara manual. Data gudang tetap tersimpan di AppData\Local\Gudang.
WizardUninstalling=Status penghapusan
StatusUninstalling=Menghapus %1...

[CustomMessages]
NameAndVersion=%1 versi %2
AdditionalIcons=Pintasan tambahan:
CreateDesktopIcon=Buat pintasan di &desktop
UninstallProgram=Hapus %1
LaunchProgram=Jalankan %1
