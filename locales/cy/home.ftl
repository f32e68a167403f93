## Tudalen gyntaf.

home-title = Canllaw Pwmp y Galon
home-intro-1 = Sioc gardiogenig yw pan na all y galon yn sydyn bwmpio digon o waed i’r corff.
home-intro-2 = Pwmp bach iawn ar flaen tiwb tenau yw pwmp y galon. Mae meddygon yn ei roi yn y galon drwy bibell waed, yn yr afl fel arfer.
home-intro-3 = Mae’r pwmp yn symud gwaed ar ran y galon am ychydig ddyddiau, fel y gall y galon orffwys ac efallai wella.

home-choose-title = Pwy sy’n darllen?
home-choose-help = Dewiswch un. Mae’n newid yr hyn y mae’r canllaw yn ei ddangos gyntaf. Gallwch ei newid unrhyw bryd.
audience-choose-patient = Rwy’n glaf neu’n aelod o’r teulu
audience-choose-clinician = Rwy’n glinigydd dan hyfforddiant
home-chosen = Rydych yn darllen fel: { $audience }.

home-covers-title = Beth mae’r canllaw hwn yn ei gynnwys
home-covers-patient-1 = Beth yw sioc gardiogenig, a pham ei bod mor ddifrifol.
home-covers-patient-2 = Beth mae pwmp y galon yn ei wneud, a beth na all ei wneud.
home-covers-patient-3 = Sut mae’r pwmp yn cael ei osod, gam wrth gam.
home-covers-patient-4 = Y manteision a’r risgiau posibl, mewn rhifau allan o 100 o bobl.
home-covers-patient-5 = Dewisiadau eraill, a beth sy’n digwydd heb y pwmp.
home-covers-patient-6 = Cwestiynau efallai yr hoffech eu gofyn i’ch tîm gofal.
home-covers-patient-7 = Help i baratoi ar gyfer y penderfyniad: gwirio beth rydych wedi’i ddeall, dweud beth sy’n bwysig, a pharatoi ar gyfer y cyfarfod.
home-easy-read = Hawdd ei ddeall: pwmp y galon yn fyr, gyda lluniau
home-covers-clinician-1 = Efelychiad byw o’r galon, y cylchrediad a’r pwmp: pwysau, llifoedd a dolenni pwysau–cyfaint.
home-covers-clinician-2 = Sut mae cyflymder y pwmp, gweithrediad y galon a chyfaint y gwaed yn newid y dadlwytho.
home-covers-clinician-3 = Ymarfer gosod y consol a lleoli’r pwmp.
home-covers-clinician-4 = Senarios larwm gydag adborth: sugno, safle anghywir, problemau carthu a hemolysis.
home-covers-clinician-5 = Y dystiolaeth a’i chyfyngiadau, gyda ffynonellau.

home-disclaimer-title = Darllenwch hyn
home-disclaimer-1 = Mae’r canllaw hwn ar gyfer dysgu. Nid cyngor meddygol ydyw.
home-disclaimer-2 = Mae eich tîm gofal yn eich adnabod. Nhw sy’n penderfynu gyda chi, neu gyda’ch teulu, beth sydd orau.
home-disclaimer-3 = Nid oes dim a wnewch yma yn gadael y ddyfais hon. Does dim cyfrif a dim tracio.
home-basis = Yn seiliedig ar ganllawiau NICE HTG775 (25 Mawrth 2026).
home-about-link = Darllen am y canllaw hwn a’i ffynonellau
