## About this guide, its sources and privacy.

about-title = About this guide and its sources
about-what-title = What this guide is
about-what-1 = Heart Pump Guide explains a heart pump used in the UK for cardiogenic shock. It is for patients, families and clinicians in training.
about-what-2 = It is for education only. It is not medical advice. The care team decides about treatment, together with the patient or their family.
about-basis-title = What it is based on
about-basis-1 = The guide is based on NICE interventional procedures guidance HTG775, published on 25 March 2026: “Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock”.
about-basis-2 = NICE says the pump may be used in the NHS while more evidence is collected. This means extra care when asking for consent, and the results of every patient are recorded.
about-basis-3 = The way this guide shows numbers and choices follows international standards for decision aids.
about-checked = Content checked on { $date }.
about-update = We check the content again when NICE updates its guidance or a major new study is published.
about-next-review = Next review by { $date }. If this date has passed, the guide may be out of date: ask your care team.
about-funding = No one paid for this guide. No device maker was involved in writing it.

about-sources-title = Sources
source-nice-htg775 = NICE. Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock. Interventional procedures guidance HTG775, 25 March 2026.
source-nice-htg775-public = NICE. Information for the public on HTG775, 25 March 2026.
source-nice-htg774 = NICE. Surgical insertion of a catheter-based left ventricular microaxial flow pump through the armpit for cardiogenic shock. Interventional procedures guidance HTG774, 2026.
source-danger = The main trial report. Møller JE, Engstrøm T, Jensen LO, et al. Microaxial flow pump or standard care in infarct-related cardiogenic shock (DanGer Shock). New England Journal of Medicine, 2024;390:1382–1393. doi 10.1056/NEJMoa2312572.
source-danger-bleeding = DanGer Shock investigators. Bleeding with a microaxial flow pump in infarct-related cardiogenic shock: an analysis of the DanGer Shock trial. JACC: Cardiovascular Interventions, 2026;19(3):302–312. doi 10.1016/j.jcin.2025.10.051.
source-danger-10y = Møller JE et al. Long-term follow-up of the DanGer Shock trial, up to 10 years (unplanned analysis). New England Journal of Medicine, 2025, correspondence (a letter); presented at the European Society of Cardiology Congress 2025.
source-danger-esc = DanGer Shock investigators. Talk at the European Society of Cardiology Congress, 2025 (how long people usually had the pump: about 72 hours; not a reported median).
source-danger-icu = DanGer Shock investigators. Predicting fast recovery in infarct-related cardiogenic shock: an analysis of the DanGer Shock trial. European Heart Journal: Acute Cardiovascular Care, 2025 (unplanned, post-hoc analysis).
source-danger-escalation = Schrage B et al. Escalation to other temporary mechanical circulatory support in the DanGer Shock trial. European Heart Journal: Acute Cardiovascular Care, 2025 (unplanned, post-hoc analysis).
source-planka = Planka RM et al. How many people with cardiogenic shock in one Austrian centre’s records (721 people, 2019–2024) met the DanGer Shock criteria, and how they did. Catheterization and Cardiovascular Interventions, 2025. doi 10.1002/ccd.70239.
source-impress = A small trial. Ouweneel DM, Eriksen E, Sjauw KD, et al. Percutaneous mechanical circulatory support versus intra-aortic balloon pump in cardiogenic shock after acute myocardial infarction (IMPRESS in Severe Shock). Journal of the American College of Cardiology, 2017;69(3):278–287. doi 10.1016/j.jacc.2016.10.022.
source-isar = A small trial. Seyfarth M, Sibbing D, Bauer I, et al. A randomized clinical trial to evaluate the safety and efficacy of a percutaneous left ventricular assist device versus intra-aortic balloon pumping for treatment of cardiogenic shock caused by myocardial infarction (ISAR-SHOCK). Journal of the American College of Cardiology, 2008;52(19):1584–1588. doi 10.1016/j.jacc.2008.05.065.
source-eclsshock = The main trial report. Thiele H, Zeymer U, Akin I, et al. Extracorporeal life support in infarct-related cardiogenic shock (ECLS-SHOCK). New England Journal of Medicine, 2023;389:1286–1297. doi 10.1056/NEJMoa2307227.
source-support-levels = Two reviews of how much blood each support machine can move. Atti V et al., Heart International, 2022;16(1):37–48, Table 3. Jiritano F et al., Cardiac Failure Review, 2020;6:e01, Table 2.
source-iabp = Thiele H, Zeymer U, Neumann FJ, et al. Intraaortic balloon support for myocardial infarction with cardiogenic shock (IABP-SHOCK II). New England Journal of Medicine, 2012;367:1287–1296. doi 10.1056/NEJMoa1208410. One-year results: The Lancet, 2013.
source-scai = Naidu SS, Baran DA, Jentzer JC, et al. SCAI SHOCK stage classification expert consensus update: a review and incorporation of validation studies. Journal of the American College of Cardiology, 2022;79(9):933–946. The deaths for each stage come from a review table of validation studies (PMC11198174).
source-berg = A review. Berg DD, Bohula EA, Morrow DA. Epidemiology and causes of cardiogenic shock. Current Opinion in Critical Care, 2021.
source-stroke-review = Review of stroke with temporary mechanical circulatory support for cardiogenic shock. Thieme, 2025. doi 10.1055/a-2697-3309.
source-shock-trial = Sleeper LA, Ramanathan K, Picard MH, et al. Functional status and quality of life after emergency revascularization for cardiogenic shock complicating acute myocardial infarction (SHOCK trial). Journal of the American College of Cardiology, 2005;46(2):266–273.
source-pics = A review of life after shock. Hall SA et al. Survivorship after cardiogenic shock. Circulation, 2025. doi 10.1161/CIRCULATIONAHA.124.068203.
source-maker = Abiomed (the maker). Impella 2.5 and Impella CP instructions for use and Automated Impella Controller operating manual (flows for each P-level, how long the pump may stay in), and its closure guidance citing Burzotta F et al., International Journal of Cardiology, 2015;201:684–691.
source-pepe = A review of how shock is defined. Pepe M, Bortone AS, Giordano A, et al. Cardiogenic shock following acute myocardial infarction: what’s new? Shock, 2020;53(4):391–399. doi 10.1097/SHK.0000000000001377.
source-ipdas = Standards for decision aids. Elwyn G, O’Connor A, Stacey D, et al. Developing a quality criteria framework for patient decision aids: online international Delphi consensus process (International Patient Decision Aid Standards, IPDAS). BMJ, 2006;333:417.
source-bran = Questions to ask about any choice. Choosing Wisely UK. BRAN: Benefits, Risks, Alternatives, and what if I do Nothing?
source-mca = Mental Capacity Act 2005 (England and Wales), and its Code of Practice.

about-privacy-title = Your privacy
about-privacy-1 = The guide runs in your browser. It sends nothing to anyone. It uses no cookies, no analytics and no fonts or files from other websites.
about-privacy-2 = It remembers a few things on this device only:
about-stored-locale = your language choice
about-stored-audience = whether you read as a patient or family member, or as a clinician in training
about-stored-questions = your question list and notes for the care team
about-stored-questions-unreadable = a copy of a saved question list that could not be read, kept so nothing is lost
about-stored-decide = your answers in “Prepare to decide”: the questions, what matters, and your notes for the meeting
about-stored-decide-unreadable = a copy of saved answers from “Prepare to decide” that could not be read, kept so nothing is lost
about-privacy-3 = You can delete them here at any time, or by clearing this site’s data in your browser.

about-licence-title = Licence
about-licence = The guide’s code is free to use under the MIT or Apache 2.0 licence.
about-delete = Delete everything this guide saved
about-deleted = Done. Everything this guide saved on this device has been deleted.

about-stored-progress = Your practice-room scores, completed exercises and the record of every scenario attempt:
about-stored-progress-unreadable = Practice records that could not be read, kept aside so they are not lost:
