## Tudalennau i gleifion: y crynodeb hawdd ei ddeall o’r penderfyniad cyfan (un syniad ar bob llinell, llun wrth ymyl pob un, testun mawr). Mae’r rhifau’n dod o’r ap (placeables), ac ni chânt byth eu teipio yma.

easy-intro = Mae’r dudalen hon yn dweud wrthych am bwmp y galon, mewn ffordd fer a hawdd.
easy-heart = Mae’r galon yn wan iawn. Dydy hi ddim yn gallu pwmpio digon o waed o gwmpas y corff.
easy-shock = Yr enw ar hyn yw sioc gardiogenig. Mae’n ddifrifol iawn.
easy-pump = Gall pwmp bach iawn helpu’r galon. Mae meddygon yn ei roi i mewn drwy diwb, ar dop y goes fel arfer.
easy-rest = Mae’r pwmp yn symud gwaed ar ran y galon am ychydig ddyddiau. Mae hyn yn gadael i’r galon orffwys.
easy-study = Edrychodd un astudiaeth ar bobl a gafodd sioc oherwydd trawiad ar y galon. Roedd yn cyfrif beth ddigwyddodd ar ôl chwe mis.
easy-alive = Gyda’r pwmp, bu farw { $died-with } o bob cant o bobl, ac roedd { $alive-with } yn fyw. Heb y pwmp, bu farw { $died-without } o bob cant, ac roedd { $alive-without } yn fyw.
easy-problems = Gall y pwmp achosi problemau, fel gwaedu. Gyda’r pwmp, cafodd { $harm-with } o bob cant o bobl broblem ddifrifol. Heb y pwmp, cafodd { $harm-without } o bob cant broblem ddifrifol.
easy-dialysis = Gyda’r pwmp, roedd angen peiriant i’r arennau (dialysis) ar { $dialysis-with } o bob cant o bobl. Heb y pwmp, roedd ei angen ar { $dialysis-without } o bob cant.
easy-unsure = Dydy meddygon ddim yn siŵr eto pa mor dda mae’r pwmp yn gweithio. Dim ond rhai pobl oedd yn yr astudiaeth. Efallai bod y rhifau’n wahanol i chi. Gofynnwch i’r tîm.
easy-no = Gallwch ddweud na i’r pwmp. Byddwch yn dal i gael gofal. Gall y tîm agor y bibell waed sydd wedi’i blocio, rhoi meddyginiaethau, a defnyddio peiriant anadlu neu beiriannau eraill.
easy-comfort = Mae rhai pobl yn dewis gofal sy’n eu cadw’n gyfforddus, heb ragor o beiriannau.
easy-ask = Gallwch ofyn cwestiynau. Gallwch ofyn i’r tîm ddweud pethau eto.
easy-family = Gall y teulu helpu. Gallan nhw ddweud wrth y tîm beth fyddai’r person yn ei eisiau.
easy-together = Os na all y claf benderfynu, mae’r tîm yn penderfynu beth sydd orau i’r claf, ar ôl siarad â’r teulu. Gall person ag Atwrneiaeth Arhosol (Lasting Power of Attorney) ar gyfer iechyd benderfynu ar ran y claf.
easy-pictures = Gweld y rhifau hyn fel lluniau o gant o bobl
easy-more = Eisiau gwybod mwy? Darllenwch y canllaw llawn.
easy-prepare = Paratoi ar gyfer y sgwrs gyda’r tîm
