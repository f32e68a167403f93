## About this guide, its sources and privacy.

about-title = About this guide and its sources
about-what-title = What this guide is
about-what-1 = Heart Pump Guide explains a heart pump used in the UK for cardiogenic shock. It is for patients, families and clinicians in training.
about-what-2 = It is for education only. It is not medical advice. The care team decides about treatment, together with the patient or their family.
about-basis-title = What it is based on
about-basis-1 = The guide is based on NICE interventional procedures guidance HTG775, published on 25 March 2026: “Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock”.
about-basis-2 = NICE says the pump may be used in the NHS while more evidence is collected. This means extra care when asking for consent, and the results of every patient are recorded.
about-checked = Content last checked: { $date }.
about-update = We check the content again when NICE updates its guidance or a major new study is published.
about-funding = No one paid for this guide. No device maker was involved in writing it.

about-sources-title = Sources
source-nice-htg775 = NICE. Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock. Interventional procedures guidance HTG775, 25 March 2026.
source-nice-htg775-public = NICE. Information for the public on HTG775, 25 March 2026.
source-nice-htg774 = NICE. Companion guidance HTG774: surgical insertion through the armpit.
source-danger = Møller JE et al. Microaxial flow pump or standard care in infarct-related cardiogenic shock (DanGer Shock). New England Journal of Medicine, 2024.
source-danger-bleeding = DanGer Shock bleeding analysis. JACC: Cardiovascular Interventions, 2026.
source-danger-10y = DanGer Shock 10-year follow-up. European Society of Cardiology Congress, 2025.
source-impress = Ouweneel DM et al. IMPRESS in Severe Shock. Journal of the American College of Cardiology, 2017.
source-isar = Seyfarth M et al. ISAR-SHOCK. Journal of the American College of Cardiology, 2008.
source-eclsshock = Thiele H et al. ECLS-SHOCK. New England Journal of Medicine, 2023.
source-iabp = Thiele H et al. IABP-SHOCK II. New England Journal of Medicine, 2012, and 1-year results.
source-scai = SCAI shock stage classification, expert consensus update, 2022.
source-berg = Berg DD, Bohula EA, Morrow DA. Epidemiology and causes of cardiogenic shock. Current Opinion in Critical Care, 2021.
source-pepe = Pepe M et al. Cardiogenic shock: definitions and criteria. Shock, 2020.
source-ipdas = International Patient Decision Aid Standards (IPDAS).
source-bran = Choosing Wisely UK. BRAN questions.

about-privacy-title = Your privacy
about-privacy-1 = The guide runs in your browser. It sends nothing to anyone. It uses no cookies, no analytics and no fonts or files from other websites.
about-privacy-2 = It remembers a few things on this device only:
about-stored-locale = your language choice
about-stored-audience = whether you read as a patient or family member, or as a clinician in training
about-stored-questions = your question list and notes for the care team
about-stored-questions-unreadable = a copy of a saved question list that could not be read, kept so nothing is lost
about-privacy-3 = You can delete them here at any time, or by clearing this site’s data in your browser.

about-licence-title = Licence
about-licence = The guide’s code is free to use under the MIT or Apache 2.0 licence.
about-delete = Delete everything this guide saved
about-deleted = Done. Everything this guide saved on this device has been deleted.
