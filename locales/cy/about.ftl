## Am y canllaw hwn, ei ffynonellau a phreifatrwydd.

about-title = Am y canllaw hwn a’i ffynonellau
about-what-title = Beth yw’r canllaw hwn
about-what-1 = Mae Canllaw Pwmp y Galon yn esbonio pwmp calon a ddefnyddir yn y DU ar gyfer sioc gardiogenig. Mae ar gyfer cleifion, teuluoedd a chlinigwyr dan hyfforddiant.
about-what-2 = Mae ar gyfer addysg yn unig. Nid cyngor meddygol ydyw. Y tîm gofal sy’n penderfynu am driniaeth, ynghyd â’r claf neu ei deulu.
about-basis-title = Ar beth mae’n seiliedig
about-basis-1 = Mae’r canllaw yn seiliedig ar ganllawiau NICE ar driniaethau ymyriadol HTG775, a gyhoeddwyd ar 25 Mawrth 2026: “Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock”.
about-basis-2 = Mae NICE yn dweud y gellir defnyddio’r pwmp yn y GIG tra bo mwy o dystiolaeth yn cael ei chasglu. Mae hyn yn golygu gofal ychwanegol wrth ofyn am gydsyniad, ac mae canlyniadau pob claf yn cael eu cofnodi.
about-checked = Gwiriwyd y cynnwys ddiwethaf: { $date }.
about-update = Rydym yn gwirio’r cynnwys eto pan fydd NICE yn diweddaru ei chanllawiau neu pan gyhoeddir astudiaeth newydd bwysig.
about-funding = Ni thalodd neb am y canllaw hwn. Nid oedd unrhyw wneuthurwr dyfeisiau yn rhan o’i ysgrifennu.

about-sources-title = Ffynonellau
source-nice-htg775 = NICE. Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock. Canllawiau ar driniaethau ymyriadol HTG775, 25 Mawrth 2026.
source-nice-htg775-public = NICE. Gwybodaeth i’r cyhoedd am HTG775, 25 Mawrth 2026.
source-nice-htg774 = NICE. Canllawiau cysylltiedig HTG774: gosod drwy lawdriniaeth drwy’r gesail.
source-danger = Møller JE et al. Microaxial flow pump or standard care in infarct-related cardiogenic shock (DanGer Shock). New England Journal of Medicine, 2024.
source-danger-bleeding = Dadansoddiad gwaedu DanGer Shock. JACC: Cardiovascular Interventions, 2026.
source-danger-10y = Dilyniant 10 mlynedd DanGer Shock. Cyngres Cymdeithas Cardioleg Ewrop, 2025.
source-impress = Ouweneel DM et al. IMPRESS in Severe Shock. Journal of the American College of Cardiology, 2017.
source-isar = Seyfarth M et al. ISAR-SHOCK. Journal of the American College of Cardiology, 2008.
source-eclsshock = Thiele H et al. ECLS-SHOCK. New England Journal of Medicine, 2023.
source-iabp = Thiele H et al. IABP-SHOCK II. New England Journal of Medicine, 2012, a chanlyniadau 1 flwyddyn.
source-scai = Dosbarthiad camau sioc SCAI, diweddariad consensws arbenigol, 2022.
source-berg = Berg DD, Bohula EA, Morrow DA. Epidemiology and causes of cardiogenic shock. Current Opinion in Critical Care, 2021.
source-pepe = Pepe M et al. Cardiogenic shock: definitions and criteria. Shock, 2020.
source-ipdas = Safonau Rhyngwladol Cymhorthion Penderfynu i Gleifion (IPDAS).
source-bran = Choosing Wisely UK. Cwestiynau BRAN.

about-privacy-title = Eich preifatrwydd
about-privacy-1 = Mae’r canllaw yn rhedeg yn eich porwr. Nid yw’n anfon dim at neb. Nid yw’n defnyddio cwcis, dadansoddeg, na ffontiau neu ffeiliau o wefannau eraill.
about-privacy-2 = Mae’n cofio ychydig o bethau ar y ddyfais hon yn unig:
about-stored-locale = eich dewis iaith
about-stored-audience = a ydych yn darllen fel claf neu aelod o’r teulu, neu fel clinigydd dan hyfforddiant
about-stored-questions = eich rhestr cwestiynau a’ch nodiadau ar gyfer y tîm gofal
about-stored-questions-unreadable = copi o restr gwestiynau a gadwyd nad oedd modd ei darllen, wedi’i gadw fel nad oes dim yn cael ei golli
about-privacy-3 = Gallwch eu dileu yma unrhyw bryd, neu drwy glirio data’r wefan hon yn eich porwr.

about-licence-title = Trwydded
about-licence = Mae cod y canllaw yn rhydd i’w ddefnyddio o dan drwydded MIT neu Apache 2.0.
about-delete = Dileu popeth a gadwodd y canllaw hwn
about-deleted = Wedi’i wneud. Mae popeth a gadwodd y canllaw hwn ar y ddyfais hon wedi’i ddileu.
