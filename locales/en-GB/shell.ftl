## The frame around every page: header, navigation, footer, notices, errors.

app-name = Heart Pump Guide
app-tagline = A guide to the heart pump used for cardiogenic shock

skip-to-content = Skip to main content
nav-label = Main
# The button that opens the main navigation on a phone.
nav-menu = Menu
nav-home = Home
nav-about = About and sources

language-label = Language
language-unchecked = This translation has not yet been checked by a professional medical translator. If anything is unclear, ask your care team or switch to English.
shell-unknown-locale = The language “{ $lang }” is not available. The guide is shown in English.

audience-label = Reading as
audience-short-patient = Patient or family
audience-short-clinician = Clinician in training
audience-switch = Change

footer-disclaimer = This guide is for education. It is not medical advice. Your care team decides about your treatment.
footer-privacy = Nothing you do here leaves this device. No account, no cookies, no tracking.
footer-about = About and sources
footer-reviewed = Checked on { $checked }. Next review by { $next }.

notfound-title = Page not found
notfound-body = We could not find that page. It may have moved.
notfound-home = Go to the start page

crash-title = Sorry, something went wrong
crash-body = The guide stopped working. Your saved notes are still on this device. Reloading the page usually fixes this.
crash-reload = Reload the guide

storage-unavailable = This browser is not letting the guide save anything, so your choices will be forgotten when you close it.
settings-reset = A setting saved on this device could not be read, so it was reset. Please choose your language and reader again if needed.
update-ready = A new version of the guide is ready. Reload to use it.
update-reload = Reload now
audience-none = Not chosen yet

## Patient guide pages in the navigation.
nav-shock = Cardiogenic shock
nav-pump = The pump
nav-insertion = How it goes in
nav-risks = Benefits and risks
nav-options = Other choices
nav-after = Life on the pump
nav-family = For families
nav-questions = My questions
nav-decide = Prepare to decide
decide-step-check = Check what you understood
decide-step-values = What matters most
decide-step-meeting = Prepare for the meeting
decide-step-summary = One page for the team
easy-read-title = Easy read: the heart pump
nav-glossary = Word list

# Switching to a language whose text is downloaded from this site the first time it is chosen.
language-loading = Loading { $lang }…
language-load-failed = { $lang } could not be loaded. Check your connection and try again. The guide is shown in English until then.


# The demo, the practice room and the model's limits need the simulation, a second download fetched the first
# time a reader opens one of them.
simulator-loading = Loading the simulation…
simulator-failed-title = The simulation could not be loaded
simulator-failed-offline = You are offline, and the simulation has not been saved on this device yet. Connect to the internet and try again.
simulator-failed-network = It did not download. Check your connection and try again.
simulator-failed-rest = The rest of the guide still works.
simulator-failed-updated = A newer version of the guide is ready. Reload the page to open the simulation.
simulator-retry = Try again
simulator-reload = Reload
simulator-go-home = Go to the start page
# The same for the other parts of the guide fetched when first opened ("Prepare to decide").
part-loading = Loading this part of the guide…
part-failed-title = This part of the guide could not be loaded
part-failed-offline = You are offline, and this part of the guide has not been saved on this device yet. Connect to the internet and try again.
part-failed-updated = A newer version of the guide is ready. Reload the page to open this part.
part-failed-network = It did not download. Check your connection and try again.

## Titles of the simulator's pages: the page frame (navigation, document title) needs them before the simulator's own text has loaded.
nav-demo = How the pump works
limits-title = What this simulation cannot show
nav-practice = Practice room
pr-console-title = Console trainer
pr-setup-title = Set-up practice
pr-pos-title = Positioning practice
pr-record-title = Practice record
sc-title-suction-1 = Suction alarm 1
sc-title-suction-2 = Suction alarm 2
sc-title-position-in-ventricle = Position in ventricle
sc-title-position-wrong = Position wrong
sc-title-purge-pressure-high = Purge pressure high
sc-title-pump-stopped = Pump stopped
sc-title-haemolysis = Haemolysis
sc-title-weaning = Weaning
sc-title-removal = Removal
sc-title-position-unknown = Position unknown
sc-title-purge-2 = Purge pressure high 2
sc-title-bleeding = Bleeding at the groin
sc-title-ecmo = On ECMO: the arterial line is flat

# "Listen to this page": the browser reads the page aloud (src/read_aloud.rs).
read-aloud-listen = Listen to this page
read-aloud-pause = Pause
read-aloud-resume = Resume
read-aloud-stop = Stop
read-aloud-starting = Getting ready to read…
read-aloud-reading = Reading this page aloud.
read-aloud-paused = Paused.
read-aloud-finished = Finished reading this page.
read-aloud-stopped = Stopped.
read-aloud-no-voice = This device has no voice for { $language }, so it cannot read this page aloud.
read-aloud-unsupported = This browser cannot read pages aloud.
read-aloud-not-loaded = The reader did not download. Check your connection and try again.
read-aloud-failed = The browser did not read the page aloud. Try again, or check the device’s speech settings.
