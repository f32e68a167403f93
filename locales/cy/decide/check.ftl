## Tudalennau i gleifion: “Paratoi i benderfynu”, cam un: gwirio beth rydych wedi’i ddeall. Mae’r rhifau’n dod o’r ap (placeables), ac ni chânt byth eu teipio yma.

check-intro = Mae’r cwestiynau hyn yn gwirio’r prif ffeithiau. Nid prawf yw hwn, ac nid oes sgôr. Mae pob ateb yn dweud pam, a ble i ddarllen mwy.
check-question = Cwestiwn { $n } o { $total }
check-unsure = Dydw i ddim yn siŵr
check-submit = Gwirio fy ateb
check-choose-first = Dewiswch ateb yn gyntaf, ac yna gwiriwch ef.
check-right = Ie, mae hynny’n gywir.
check-not-quite = Ddim yn hollol.
check-unsure-reply = Mae hynny’n iawn. Dydy llawer o bobl ddim yn siŵr. Dyma’r ateb.
check-answer-is = Yr ateb yw: { $answer }
check-read-more = Darllen mwy:
check-ask-title = Pethau i’w gofyn i’r tîm
check-ask-intro = Doeddech chi ddim yn siŵr am y rhain, neu roedd eich ateb yn wahanol. Gall y tîm eu hegluro. Byddan nhw ar eich un dudalen i’r tîm.
check-ask-none = Rydych wedi ateb pob cwestiwn. Os oes unrhyw beth yn dal yn aneglur, gofynnwch i’r tîm.
check-ask-unanswered = { $count ->
        [zero] { $count } cwestiwn heb ei ateb eto.
        [one] { $count } cwestiwn heb ei ateb eto.
        [two] { $count } gwestiwn heb eu hateb eto.
        [few] { $count } chwestiwn heb eu hateb eto.
        [many] { $count } chwestiwn heb eu hateb eto.
       *[other] { $count } cwestiwn heb eu hateb eto.
    }
check-again = Clirio fy atebion

check-q1 = Beth mae’r pwmp yn ei wneud?
check-q1-a = Mae’n helpu’r galon i symud gwaed o gwmpas y corff, fel y gall y galon orffwys.
check-q1-a-why = Mae’r pwmp yn cymryd gwaed o’r tu mewn i’r galon ac yn ei wthio i’r brif bibell waed. Mae hyn yn gwneud rhywfaint o waith y galon, fel y gall y galon orffwys.
check-q1-b = Mae’n trwsio cyhyr y galon sydd wedi’i niweidio.
check-q1-b-why = Ni all y pwmp drwsio’r galon. Mae’n rhoi seibiant i’r galon, ac efallai y bydd yn gwella ar ei phen ei hun.
check-q1-c = Mae’n agor y bibell waed sydd wedi’i blocio.
check-q1-c-why = Triniaeth wahanol sy’n agor pibell waed sydd wedi’i blocio. Mae’r pwmp yn helpu’r galon i bwmpio.
check-q1-ask = { $who ->
        [other] Beth fydd y pwmp yn ei wneud i’r person rwy’n penderfynu drosto?
       *[self] Beth fydd y pwmp yn ei wneud i mi?
    }

check-q2 = Ydy’r pwmp yn iachâd?
check-q2-a = Ydy. Mae’r galon wedi’i thrwsio unwaith y daw’r pwmp allan.
check-q2-a-why = Nid yw’r pwmp yn trwsio’r galon. Mae rhai calonnau’n gwella tra bo’r pwmp yn helpu, a dydy rhai eraill ddim.
check-q2-b = Ydy, os yw’n aros i mewn yn ddigon hir.
check-q2-b-why = Dim ond am amser byr y mae’r pwmp hwn. Fel arfer mae’n aros i mewn am ychydig ddyddiau.
check-q2-c = Nac ydy. Mae’n helpu’r galon am ychydig ddyddiau, ac efallai y bydd y galon yn gwella yn yr amser hwnnw.
check-q2-c-why = Help tymor byr yw’r pwmp. Efallai y bydd y galon yn gwella tra mae’n gorffwys, neu efallai na fydd.
check-q2-ask = Beth sy’n digwydd os na fydd y galon yn gwella?

check-q3 = Mewn un treial, roedd gan bobl sioc ar ôl trawiad ar y galon. Faint o bob cant oedd wedi marw chwe mis yn ddiweddarach?
check-q3-a = Tua’r un nifer gyda’r pwmp a hebddo.
check-q3-a-why = Yn y treial hwn, bu farw llai o bobl gyda’r pwmp.
check-q3-b = { $with } o bob cant gyda’r pwmp, a { $without } o bob cant hebddo.
check-q3-b-why = Felly roedd { $alive-with } o bob cant gyda’r pwmp yn fyw ar ôl chwe mis, a { $alive-without } o bob cant hebddo. Dim ond rhai pobl â’r math hwn o sioc a gafodd eu cynnwys yn y treial.
check-q3-c = Ni fu farw neb gyda’r pwmp.
check-q3-c-why = Fe wnaeth y pwmp helpu rhai pobl. Ond bu farw llawer o bobl â sioc o hyd, gyda’r pwmp neu hebddo.
check-q3-ask = { $who ->
        [other] Ydy rhifau’r treial yn addas i’r person rwy’n penderfynu drosto?
       *[self] Ydy rhifau’r treial yn addas i mi?
    }

check-q4 = Yn yr un treial, faint o bob cant a gafodd broblem ddifrifol yn gysylltiedig â dyfais, fel gwaedu neu lif gwaed gwael i goes, o fewn chwe mis?
check-q4-a = Llai o bobl gyda’r pwmp na hebddo.
check-q4-a-why = Roedd problemau difrifol yn fwy cyffredin gyda’r pwmp, nid yn llai cyffredin.
check-q4-b = Dim un. Nid yw’r pwmp yn achosi unrhyw broblemau.
check-q4-b-why = Gall y pwmp achosi problemau difrifol. Mae hyn yn risg go iawn.
check-q4-c = { $with } o bob cant gyda’r pwmp, a { $without } o bob cant hebddo.
check-q4-c-why = Roedd problemau difrifol yn fwy cyffredin gyda’r pwmp. Mae’r rhifau hyn yn dod o’r un treial, dros chwe mis.
check-q4-ask = Pa broblemau allai’r pwmp eu hachosi, a beth fyddech chi’n ei wneud amdanyn nhw?

check-q5 = Yn yr un treial, faint o bob cant oedd angen dialysis ar yr arennau o fewn chwe mis? Peiriant yw dialysis sy’n gwneud gwaith yr arennau.
check-q5-a = { $with } o bob cant gyda’r pwmp, a { $without } o bob cant hebddo.
check-q5-a-why = Roedd angen dialysis ar fwy o bobl gyda’r pwmp. Mae’r rhifau hyn yn dod o’r un treial, dros chwe mis.
check-q5-b = Llai o bobl gyda’r pwmp na hebddo.
check-q5-b-why = Roedd angen dialysis ar fwy o bobl gyda’r pwmp, nid ar lai.
check-q5-c = Nid oedd angen dialysis ar neb.
check-q5-c-why = Yn y treial hwn, roedd angen dialysis ar lawer o bobl, gyda’r pwmp neu hebddo.
check-q5-ask = Pa mor debygol yw dialysis, ac am faint o amser y gallai fod ei angen?

check-q6 = Beth sy’n digwydd os na ddefnyddir y pwmp?
check-q6-a = Mae pob gofal arall yn stopio.
check-q6-a-why = Nid yw dweud na i’r pwmp byth yn golygu dweud na i ofal.
check-q6-b = Mae’r tîm yn dal i ofalu am y claf gyda thriniaethau eraill.
check-q6-b-why = Yr enw ar hyn yw gofal arferol. Gall olygu meddyginiaethau, agor y bibell waed sydd wedi’i blocio, peiriant anadlu, neu beiriannau eraill i gynnal y galon.
check-q6-c = Mae’n rhaid i’r claf adael yr ysbyty.
check-q6-c-why = Mae’r claf yn aros yn yr ysbyty, ac mae’r tîm yn dal i ofalu amdano.
check-q6-ask = Beth fyddech chi’n ei wneud os na ddefnyddir y pwmp?

check-q7 = Pa mor sicr yw’r arbenigwyr am y pwmp hwn?
check-q7-a = Maen nhw’n sicr ei fod yn helpu pawb.
check-q7-a-why = Nid oes digon o dystiolaeth i fod yn sicr. Efallai nad yw canlyniadau’r treial yn addas i bawb.
check-q7-b = Maen nhw’n sicr nad yw’n helpu.
check-q7-b-why = Gwelodd un treial lai o farwolaethau gyda’r pwmp. Ond mae’r dystiolaeth yn dal yn ansicr.
check-q7-c = Dydyn nhw ddim yn sicr eto. Mae NICE yn dweud y gellir ei ddefnyddio tra bydd mwy o dystiolaeth yn cael ei chasglu.
check-q7-c-why = Mae un treial da, ond dim ond rhai pobl a gafodd eu cynnwys ynddo. Yn y GIG, mae canlyniadau pob claf sy’n cael y pwmp yn cael eu cofnodi, i ddysgu mwy.
check-q7-ask = Pa mor sicr ydych chi y byddai’r pwmp yn helpu yma?

check-q8 = Ydy rhifau’r treial yn addas i bawb â sioc?
check-q8-a = Nac ydyn. Dim ond rhai pobl â sioc ar ôl trawiad ar y galon a gafodd eu cynnwys yn y treial.
check-q8-a-why = Er enghraifft, ni chafodd pobl a oedd mewn coma ar ôl i’w calon stopio eu cynnwys. Nid oedd yn edrych ar sioc o achosion eraill. Yng nghofnodion un ysbyty, dim ond tua { $fit } o bob deg o bobl â’r math hwn o sioc a fyddai wedi ffitio’r treial.
check-q8-b = Ydyn, maen nhw’n addas i bawb.
check-q8-b-why = Roedd gan y treial reolau llym am bwy allai gymryd rhan. Felly efallai nad yw ei rifau’n addas i bawb.
check-q8-c = Ydyn, os yw’r person yn sâl iawn.
check-q8-c-why = Nid yw bod yn sâl iawn yn ddigon. Dim ond rhai pobl a gafodd eu cynnwys yn y treial, gyda rheolau llym.
check-q8-ask = { $who ->
        [other] Sut mae’r person rwy’n penderfynu drosto yn wahanol i’r bobl yn y treial?
       *[self] Sut ydw i’n wahanol i’r bobl yn y treial?
    }
