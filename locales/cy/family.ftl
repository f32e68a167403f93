## Tudalen i gleifion: i deuluoedd a chynrychiolwyr.

family-title = I deuluoedd a chynrychiolwyr
family-intro = Mae’r dudalen hon i chi os yw rhywun agos atoch yn ddifrifol wael gyda sioc. Efallai y bydd y tîm yn gofyn i chi beth fyddai’r person yn ei ddymuno.

family-cannot-title = Pan na all y claf benderfynu
family-cannot-1 = Mae llawer o bobl â sioc yn cael eu cadw i gysgu gyda meddyginiaeth, neu ar [beiriant anadlu](breathing-machine). Ni allant siarad, neu ni allant feddwl yn ddigon clir, i wneud dewisiadau. Yr enw ar hyn yw peidio â bod â’r [galluedd](capacity) i benderfynu.
family-cannot-2 = Yna mae’r tîm yn gwneud y penderfyniad er [lles pennaf](best-interests) y person, ar ôl siarad â’r teulu. Os yw’r person wedi rhoi [Atwrneiaeth Arhosol (Lasting Power of Attorney)](lpa) ar gyfer iechyd i rywun, gall y person hwnnw benderfynu. Os nad oes teulu na ffrind i’w holi, efallai y gall [IMCA](imca) helpu. Dyma rywun sy’n siarad dros y person.
family-cannot-3 = Mewn argyfwng, efallai y bydd angen i’r tîm weithredu’n gyflym, cyn y gallant siarad â chi. Byddant yn egluro beth wnaethon nhw cyn gynted ag y gallant.

family-ask-title = Beth fydd y tîm yn ei ofyn i chi
family-ask-1 = Ni fydd y tîm yn gofyn i chi wneud dewisiadau meddygol ar eich pen eich hun. Byddant yn gofyn i chi am y person.
family-ask-item-1 = Beth sydd bwysicaf iddyn nhw mewn bywyd.
family-ask-item-2 = Beth maen nhw wedi’i ddweud am salwch difrifol, neu am beiriannau’n eu cadw’n fyw.
family-ask-item-3 = A ydyn nhw wedi ysgrifennu eu dymuniadau, neu wedi dewis rhywun i benderfynu drostyn nhw.
family-ask-item-4 = Beth fydden nhw’n ei ddweud nawr, pe baen nhw’n gallu siarad drostyn nhw eu hunain.
family-ask-2 = Mae’n iawn peidio â gwybod yr holl atebion. Dywedwch wrthyn nhw beth rydych chi’n ei wybod.

family-how-title = Sut mae penderfyniadau’n cael eu gwneud
family-how-1 = Rhaid i’r tîm weithredu er [lles pennaf](best-interests) y person. Mae hyn yn golygu beth sydd orau i’r person hwnnw, yn seiliedig ar ei iechyd, ei ddymuniadau a’i werthoedd.
family-how-2 = Mae’r tîm yn egluro’r dewisiadau: beth allai helpu, beth allai fynd o chwith, a beth sy’n digwydd heb y pwmp. Mae NICE yn dweud bod rhaid iddyn nhw egluro bod y dystiolaeth am y pwmp yn dal yn ansicr.
family-how-3 = Gallwch ofyn am amser, i bethau gael eu dweud eto, neu i rywun egluro yn eich iaith eich hun. Gallwch ofyn am gyfarfod teulu gyda’r meddygon.
family-how-4 = Gall penderfyniadau newid. Os bydd pethau’n gwella neu’n gwaethygu, bydd y tîm yn siarad â chi eto.

family-faq-title = Cwestiynau mae teuluoedd yn eu gofyn yn aml
family-faq-1-q = Ga i ymweld ac aros gyda nhw?
family-faq-1-a = Gofynnwch i’r nyrs sy’n gyfrifol am ymweld. Gofynnwch a allwch chi siarad â’r person a dal ei law, a beth sy’n ddiogel i’w gyffwrdd.
family-faq-2-q = Ydyn nhw’n gallu fy nghlywed i?
family-faq-2-a = Dydyn ni ddim yn gwybod yn sicr. Mae rhai teuluoedd yn dewis siarad â’r person fel arfer.
family-faq-3-q = Fyddan nhw’n cofio hyn?
family-faq-3-a = Mae pawb yn wahanol. Gofynnwch i’r tîm beth i’w ddisgwyl. Mae rhai teuluoedd yn cadw dyddiadur byr o bob diwrnod, i’w rannu wedyn os yw’r person eisiau.
family-faq-4-q = Beth os byddaf yn dweud rhywbeth na fyddai’r person wedi’i eisiau?
family-faq-4-a = Nid ydych yn penderfynu ar eich pen eich hun. Mae’r tîm yn gwneud y dewisiadau meddygol terfynol, gyda’ch help chi. Gwneud eich gorau dros y person yw’r cyfan y gall unrhyw un ei ofyn.
family-faq-5-q = Gyda phwy alla i siarad?
family-faq-5-a = Gofynnwch i’r nyrs am enw’r meddyg sy’n gyfrifol. Gofynnwch a oes gan yr ysbyty gaplan neu dîm cymorth. Gall eich Healthwatch lleol roi cymorth hefyd.

family-self-title = Gofalwch amdanoch eich hun hefyd
family-self-1 = Mae hyn yn anodd iawn. Ceisiwch fwyta, yfed a gorffwys pan allwch chi. Gadewch i eraill eich helpu. Ysgrifennwch eich cwestiynau, fel nad ydych yn eu hanghofio.
family-next = Gwnewch restr o’ch cwestiynau
