## Y ffrâm o gwmpas pob tudalen: pennyn, llywio, troedyn, hysbysiadau, gwallau.

app-name = Canllaw Pwmp y Galon
app-tagline = Canllaw i’r pwmp calon a ddefnyddir ar gyfer sioc gardiogenig

skip-to-content = Neidio i’r prif gynnwys
nav-label = Prif
# The button that opens the main navigation on a phone.
nav-menu = Dewislen
nav-home = Hafan
nav-about = Amdanom a ffynonellau

language-label = Iaith
language-unchecked = Nid yw cyfieithydd meddygol proffesiynol wedi gwirio’r cyfieithiad hwn eto. Os oes unrhyw beth yn aneglur, gofynnwch i’ch tîm gofal neu newidiwch i’r Saesneg.
shell-unknown-locale = Nid yw’r iaith “{ $lang }” ar gael. Dangosir y canllaw yn Saesneg.

audience-label = Yn darllen fel
audience-short-patient = Claf neu deulu
audience-short-clinician = Clinigydd dan hyfforddiant
audience-switch = Newid

footer-disclaimer = Mae’r canllaw hwn ar gyfer addysg. Nid cyngor meddygol ydyw. Eich tîm gofal sy’n penderfynu am eich triniaeth.
footer-privacy = Nid oes dim a wnewch yma yn gadael y ddyfais hon. Dim cyfrif, dim cwcis, dim tracio.
footer-about = Amdanom a ffynonellau
footer-reviewed = Gwiriwyd ar { $checked }. Adolygiad nesaf erbyn { $next }.

notfound-title = Heb ddod o hyd i’r dudalen
notfound-body = Ni allem ddod o hyd i’r dudalen honno. Efallai ei bod wedi symud.
notfound-home = Mynd i’r dudalen gyntaf

crash-title = Mae’n ddrwg gennym, aeth rhywbeth o’i le
crash-body = Mae’r canllaw wedi stopio gweithio. Mae eich nodiadau sydd wedi’u cadw yn dal ar y ddyfais hon. Fel arfer mae ail-lwytho’r dudalen yn datrys hyn.
crash-reload = Ail-lwytho’r canllaw

storage-unavailable = Nid yw’r porwr hwn yn gadael i’r canllaw gadw dim, felly bydd eich dewisiadau’n cael eu hanghofio pan fyddwch yn ei gau.
settings-reset = Nid oedd modd darllen gosodiad a gadwyd ar y ddyfais hon, felly cafodd ei ailosod. Dewiswch eich iaith a’ch math o ddarllenydd eto os oes angen.
update-ready = Mae fersiwn newydd o’r canllaw yn barod. Ail-lwythwch i’w defnyddio.
update-reload = Ail-lwytho nawr
audience-none = Heb ddewis eto

## Tudalennau’r canllaw i gleifion yn y llywio.
nav-shock = Sioc gardiogenig
nav-pump = Y pwmp
nav-insertion = Sut mae’n cael ei osod
nav-risks = Manteision a risgiau
nav-options = Dewisiadau eraill
nav-after = Bywyd ar y pwmp
nav-family = I deuluoedd
nav-questions = Fy nghwestiynau
nav-decide = Paratoi i benderfynu
decide-step-check = Gwirio beth rydych wedi’i ddeall
decide-step-values = Beth sydd bwysicaf
decide-step-meeting = Paratoi ar gyfer y cyfarfod
decide-step-summary = Un dudalen i’r tîm
easy-read-title = Hawdd ei ddeall: pwmp y galon
nav-glossary = Rhestr geiriau

# Switching to a language whose text is downloaded from this site the first time it is chosen.
language-loading = Yn llwytho { $lang }…
language-load-failed = Nid oedd modd llwytho { $lang }. Gwiriwch eich cysylltiad a rhowch gynnig arall arni. Mae’r canllaw yn Saesneg tan hynny.

# Mae angen yr efelychiad ar y demo, yr ystafell ymarfer a chyfyngiadau'r model: ail lwyth a gaiff ei nôl y tro cyntaf.
simulator-loading = Yn llwytho’r efelychiad…
simulator-failed-title = Nid oedd modd llwytho’r efelychiad
simulator-failed-offline = Rydych chi all-lein, ac nid yw’r efelychiad wedi’i gadw ar y ddyfais hon eto. Cysylltwch â’r rhyngrwyd a rhowch gynnig arall arni.
simulator-failed-network = Ni wnaeth lwytho i lawr. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.
simulator-failed-rest = Mae gweddill y canllaw yn dal i weithio.
simulator-failed-updated = Mae fersiwn newydd o’r canllaw yn barod. Ail-lwythwch y dudalen i agor yr efelychiad.
simulator-retry = Rhoi cynnig arall arni
simulator-reload = Ail-lwytho
simulator-go-home = Mynd i’r hafan
# Yr un peth ar gyfer rhannau eraill o’r canllaw a gaiff eu nôl pan gânt eu hagor gyntaf ("Paratoi i benderfynu").
part-loading = Yn llwytho’r rhan hon o’r canllaw…
part-failed-title = Nid oedd modd llwytho’r rhan hon o’r canllaw
part-failed-offline = Rydych chi all-lein, ac nid yw’r rhan hon o’r canllaw wedi’i chadw ar y ddyfais hon eto. Cysylltwch â’r rhyngrwyd a rhowch gynnig arall arni.
part-failed-updated = Mae fersiwn newydd o’r canllaw yn barod. Ail-lwythwch y dudalen i agor y rhan hon.
part-failed-network = Ni wnaeth hi lwytho i lawr. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.

## Teitlau tudalennau’r efelychiad: mae ffrâm y dudalen (llywio, teitl y ddogfen) eu hangen cyn i destun yr efelychiad ei hun lwytho.
nav-demo = Sut mae’r pwmp yn gweithio
limits-title = Yr hyn na all yr efelychiad hwn ei ddangos
nav-practice = Ystafell ymarfer
pr-console-title = Hyfforddwr y consol
pr-setup-title = Ymarfer gosod
pr-pos-title = Ymarfer lleoli
pr-record-title = Cofnod ymarfer
sc-title-suction-1 = Larwm sugno 1
sc-title-suction-2 = Larwm sugno 2
sc-title-position-in-ventricle = Safle yn y fentrigl
sc-title-position-wrong = Safle anghywir
sc-title-purge-pressure-high = Pwysedd purge uchel
sc-title-pump-stopped = Pwmp wedi stopio
sc-title-haemolysis = Hemolysis
sc-title-weaning = Diddyfnu
sc-title-removal = Tynnu allan
sc-title-position-unknown = Safle anhysbys
sc-title-purge-2 = Pwysedd purge uchel 2
sc-title-bleeding = Gwaedu yn yr afl
sc-title-ecmo = Ar ECMO: mae'r llinell arterol yn wastad

# "Gwrando ar y dudalen hon": mae’r porwr yn darllen y dudalen yn uchel (src/read_aloud.rs).
read-aloud-listen = Gwrando ar y dudalen hon
read-aloud-pause = Oedi
read-aloud-resume = Parhau
read-aloud-stop = Stopio
read-aloud-starting = Yn paratoi i ddarllen…
read-aloud-reading = Yn darllen y dudalen hon yn uchel.
read-aloud-paused = Wedi oedi.
read-aloud-finished = Wedi gorffen darllen y dudalen hon.
read-aloud-stopped = Wedi stopio.
read-aloud-no-voice = Nid oes gan y ddyfais hon lais ar gyfer { $language }, felly ni all ddarllen y dudalen hon yn uchel.
read-aloud-unsupported = Ni all y porwr hwn ddarllen tudalennau yn uchel.
read-aloud-not-loaded = Ni wnaeth y darllenydd lwytho i lawr. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.
read-aloud-failed = Ni wnaeth y porwr ddarllen y dudalen yn uchel. Rhowch gynnig arall arni, neu gwiriwch osodiadau lleferydd y ddyfais.
