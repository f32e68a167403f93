## Tudalennau i gleifion: y crynodeb hawdd ei ddeall o’r penderfyniad cyfan (un syniad ar bob llinell, llun wrth ymyl pob un, testun mawr). Mae’r rhifau’n dod o’r ap (placeables), ac ni chânt byth eu teipio yma.

easy-intro = Mae’r dudalen hon yn dweud wrthych am bwmp y galon, mewn ffordd fer a hawdd.
easy-heart = Mae’r galon yn wan iawn. Dydy hi ddim yn gallu pwmpio digon o waed o gwmpas y corff.
easy-shock = Yr enw ar hyn yw sioc gardiogenig. Mae’n ddifrifol iawn. Mae rhai pobl yn marw.
easy-pump = Gall pwmp bach iawn helpu’r galon. Mae meddygon yn ei roi i mewn drwy diwb, yn y goes fel arfer.
easy-rest = Mae’r pwmp yn symud gwaed ar ran y galon am ychydig ddyddiau. Mae hyn yn gadael i’r galon orffwys.
easy-alive = Mewn un astudiaeth, ar ôl chwe mis, roedd { $alive-with } o bob cant o bobl gyda’r pwmp yn fyw. Heb y pwmp, roedd { $alive-without } o bob cant yn fyw.
easy-problems = Gall y pwmp achosi problemau, fel gwaedu. Yn yr un astudiaeth, cafodd { $harm-with } o bob cant o bobl gyda’r pwmp broblem ddifrifol. Heb y pwmp, cafodd { $harm-without } o bob cant broblem ddifrifol.
easy-unsure = Dydy meddygon ddim yn siŵr eto pa mor dda mae’r pwmp yn gweithio. Dim ond rhai pobl oedd yn yr astudiaeth.
easy-no = Gallwch ddweud na i’r pwmp. Byddwch yn dal i gael gofal gan y tîm.
easy-ask = Gallwch ofyn cwestiynau. Gallwch ofyn i’r tîm ddweud pethau eto.
easy-family = Gall y teulu helpu. Gallan nhw ddweud wrth y tîm beth fyddai’r person yn ei eisiau.
easy-together = Mae’r tîm yn penderfynu gyda’r claf, neu’n siarad â’r teulu.
easy-more = Eisiau gwybod mwy? Darllenwch y canllaw llawn.
easy-prepare = Paratoi ar gyfer y sgwrs gyda’r tîm
