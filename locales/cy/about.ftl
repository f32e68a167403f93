## Am y canllaw hwn, ei ffynonellau a phreifatrwydd.

about-title = Am y canllaw hwn a’i ffynonellau
about-what-title = Beth yw’r canllaw hwn
about-what-1 = Mae Canllaw Pwmp y Galon yn esbonio pwmp calon a ddefnyddir yn y DU ar gyfer sioc gardiogenig. Mae ar gyfer cleifion, teuluoedd a chlinigwyr dan hyfforddiant.
about-what-2 = Mae ar gyfer addysg yn unig. Nid cyngor meddygol ydyw. Y tîm gofal sy’n penderfynu am driniaeth, ynghyd â’r claf neu ei deulu.
about-basis-title = Ar beth mae’n seiliedig
about-basis-1 = Mae’r canllaw yn seiliedig ar ganllawiau NICE ar driniaethau ymyriadol HTG775, a gyhoeddwyd ar 25 Mawrth 2026: “Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock”.
about-basis-2 = Mae NICE yn dweud y gellir defnyddio’r pwmp yn y GIG tra bo mwy o dystiolaeth yn cael ei chasglu. Mae hyn yn golygu gofal ychwanegol wrth ofyn am gydsyniad, ac mae canlyniadau pob claf yn cael eu cofnodi.
about-basis-3 = Mae’r ffordd y mae’r canllaw hwn yn dangos rhifau a dewisiadau yn dilyn safonau rhyngwladol ar gyfer cymhorthion penderfynu.
about-checked = Gwiriwyd y cynnwys ar { $date }.
about-update = Rydym yn gwirio’r cynnwys eto pan fydd NICE yn diweddaru ei chanllawiau neu pan gyhoeddir astudiaeth newydd bwysig.
about-next-review = Adolygiad nesaf erbyn { $date }. Os yw’r dyddiad hwn wedi mynd heibio, efallai fod y canllaw wedi dyddio: gofynnwch i’ch tîm gofal.
about-funding = Ni thalodd neb am y canllaw hwn. Nid oedd unrhyw wneuthurwr dyfeisiau yn rhan o’i ysgrifennu.

about-sources-title = Ffynonellau
source-nice-htg775 = NICE. Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock. Canllawiau ar driniaethau ymyriadol HTG775, 25 Mawrth 2026.
source-nice-htg775-public = NICE. Gwybodaeth i’r cyhoedd am HTG775, 25 Mawrth 2026.
source-nice-htg774 = NICE. Surgical insertion of a catheter-based left ventricular microaxial flow pump through the armpit for cardiogenic shock. Canllawiau ar driniaethau ymyriadol HTG774, 2026.
source-danger = Prif adroddiad y treial. Møller JE, Engstrøm T, Jensen LO, et al. Microaxial flow pump or standard care in infarct-related cardiogenic shock (DanGer Shock). New England Journal of Medicine, 2024;390:1382–1393. doi 10.1056/NEJMoa2312572.
source-danger-bleeding = Ymchwilwyr DanGer Shock. Bleeding with a microaxial flow pump in infarct-related cardiogenic shock: an analysis of the DanGer Shock trial. JACC: Cardiovascular Interventions, 2026;19(3):302–312. doi 10.1016/j.jcin.2025.10.051.
source-danger-10y = Møller JE et al. Dilyniant tymor hir treial DanGer Shock, hyd at 10 mlynedd (dadansoddiad heb ei gynllunio). New England Journal of Medicine, 2025, gohebiaeth (llythyr); cyflwynwyd yng Nghyngres Cymdeithas Cardioleg Ewrop 2025.
source-danger-esc = Ymchwilwyr DanGer Shock. Cyflwyniad yng Nghyngres Cymdeithas Cardioleg Ewrop, 2025 (am faint roedd pobl fel arfer yn cael y pwmp: tua 72 awr; nid canolrif a adroddwyd).
source-danger-icu = Ymchwilwyr DanGer Shock. Predicting fast recovery in infarct-related cardiogenic shock: an analysis of the DanGer Shock trial. European Heart Journal: Acute Cardiovascular Care, 2025 (dadansoddiad post-hoc, heb ei gynllunio).
source-danger-escalation = Schrage B et al. Escalation to other temporary mechanical circulatory support in the DanGer Shock trial. European Heart Journal: Acute Cardiovascular Care, 2025 (dadansoddiad post-hoc, heb ei gynllunio).
source-planka = Planka RM et al. Faint o bobl â sioc gardiogenig yng nghofnodion un ganolfan yn Awstria (721 o bobl, 2019–2024) a oedd yn bodloni meini prawf DanGer Shock, a sut y gwnaethon nhw. Catheterization and Cardiovascular Interventions, 2025. doi 10.1002/ccd.70239.
source-impress = Treial bach. Ouweneel DM, Eriksen E, Sjauw KD, et al. Percutaneous mechanical circulatory support versus intra-aortic balloon pump in cardiogenic shock after acute myocardial infarction (IMPRESS in Severe Shock). Journal of the American College of Cardiology, 2017;69(3):278–287. doi 10.1016/j.jacc.2016.10.022.
source-isar = Treial bach. Seyfarth M, Sibbing D, Bauer I, et al. A randomized clinical trial to evaluate the safety and efficacy of a percutaneous left ventricular assist device versus intra-aortic balloon pumping for treatment of cardiogenic shock caused by myocardial infarction (ISAR-SHOCK). Journal of the American College of Cardiology, 2008;52(19):1584–1588. doi 10.1016/j.jacc.2008.05.065.
source-eclsshock = Prif adroddiad y treial. Thiele H, Zeymer U, Akin I, et al. Extracorporeal life support in infarct-related cardiogenic shock (ECLS-SHOCK). New England Journal of Medicine, 2023;389:1286–1297. doi 10.1056/NEJMoa2307227.
source-support-levels = Dau adolygiad o faint o waed y gall pob peiriant cymorth ei symud. Atti V et al., Heart International, 2022;16(1):37–48, Tabl 3. Jiritano F et al., Cardiac Failure Review, 2020;6:e01, Tabl 2.
source-iabp = Thiele H, Zeymer U, Neumann FJ, et al. Intraaortic balloon support for myocardial infarction with cardiogenic shock (IABP-SHOCK II). New England Journal of Medicine, 2012;367:1287–1296. doi 10.1056/NEJMoa1208410. Canlyniadau ar ôl blwyddyn: The Lancet, 2013.
source-scai = Naidu SS, Baran DA, Jentzer JC, et al. SCAI SHOCK stage classification expert consensus update: a review and incorporation of validation studies. Journal of the American College of Cardiology, 2022;79(9):933–946. Daw’r marwolaethau ar gyfer pob cam o dabl adolygu o astudiaethau dilysu (PMC11198174).
source-berg = Adolygiad. Berg DD, Bohula EA, Morrow DA. Epidemiology and causes of cardiogenic shock. Current Opinion in Critical Care, 2021.
source-stroke-review = Adolygiad o strôc gyda chymorth cylchrediad mecanyddol dros dro ar gyfer sioc gardiogenig. Thieme, 2025. doi 10.1055/a-2697-3309.
source-shock-trial = Sleeper LA, Ramanathan K, Picard MH, et al. Functional status and quality of life after emergency revascularization for cardiogenic shock complicating acute myocardial infarction (treial SHOCK). Journal of the American College of Cardiology, 2005;46(2):266–273.
source-pics = Adolygiad o fywyd ar ôl sioc. Hall SA et al. Survivorship after cardiogenic shock. Circulation, 2025. doi 10.1161/CIRCULATIONAHA.124.068203.
source-maker = Abiomed (y gwneuthurwr). Cyfarwyddiadau defnyddio Impella 2.5 ac Impella CP a llawlyfr gweithredu’r Automated Impella Controller (llifoedd ar gyfer pob lefel P, am faint y gall y pwmp aros i mewn), a’i ganllawiau ar gau sy’n dyfynnu Burzotta F et al., International Journal of Cardiology, 2015;201:684–691.
source-pepe = Adolygiad o sut y diffinnir sioc. Pepe M, Bortone AS, Giordano A, et al. Cardiogenic shock following acute myocardial infarction: what’s new? Shock, 2020;53(4):391–399. doi 10.1097/SHK.0000000000001377.
source-ipdas = Safonau ar gyfer cymhorthion penderfynu. Elwyn G, O’Connor A, Stacey D, et al. Developing a quality criteria framework for patient decision aids: online international Delphi consensus process (International Patient Decision Aid Standards, IPDAS). BMJ, 2006;333:417.
source-bran = Cwestiynau i’w gofyn am unrhyw ddewis. Choosing Wisely UK. BRAN: Benefits, Risks, Alternatives, and what if I do Nothing? (Manteision, Risgiau, Dewisiadau eraill, a beth os na wnaf ddim byd?)
source-mca = Mental Capacity Act 2005 (Deddf Galluedd Meddyliol 2005), Cymru a Lloegr, a’i Chod Ymarfer.

about-privacy-title = Eich preifatrwydd
about-privacy-1 = Mae’r canllaw yn rhedeg yn eich porwr. Nid yw’n anfon dim at neb. Nid yw’n defnyddio cwcis, dadansoddeg, na ffontiau neu ffeiliau o wefannau eraill.
about-privacy-2 = Mae’n cofio ychydig o bethau ar y ddyfais hon yn unig:
about-stored-locale = eich dewis iaith
about-stored-audience = a ydych yn darllen fel claf neu aelod o’r teulu, neu fel clinigydd dan hyfforddiant
about-stored-questions = eich rhestr cwestiynau a’ch nodiadau ar gyfer y tîm gofal
about-stored-questions-unreadable = copi o restr gwestiynau a gadwyd nad oedd modd ei darllen, wedi’i gadw fel nad oes dim yn cael ei golli
about-stored-decide = eich atebion yn “Paratoi i benderfynu”: y cwestiynau, beth sy’n bwysig, a’ch nodiadau ar gyfer y cyfarfod
about-stored-decide-unreadable = copi o atebion a gadwyd o “Paratoi i benderfynu” nad oedd modd eu darllen, wedi’i gadw fel nad oes dim yn cael ei golli
about-privacy-3 = Gallwch eu dileu yma unrhyw bryd, neu drwy glirio data’r wefan hon yn eich porwr.

about-licence-title = Trwydded
about-licence = Mae cod y canllaw yn rhydd i’w ddefnyddio o dan drwydded MIT neu Apache 2.0.
about-delete = Dileu popeth a gadwodd y canllaw hwn
about-deleted = Wedi’i wneud. Mae popeth a gadwodd y canllaw hwn ar y ddyfais hon wedi’i ddileu.

about-stored-progress = Eich sgoriau a’ch ymarferion gorffenedig yn yr ystafell ymarfer, a chofnod pob cynnig ar senario:
about-stored-progress-unreadable = Cofnodion ymarfer nad oedd modd eu darllen, wedi’u cadw o’r neilltu fel na chânt eu colli:
