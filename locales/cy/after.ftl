## Tudalen i gleifion: bywyd ar y pwmp, ac wedyn.

after-title = Bywyd ar y pwmp, ac wedyn
after-intro = Mae’r dudalen hon yn sôn am y dyddiau ar y pwmp, tynnu’r pwmp allan, a gwella. Mae pawb yn wahanol. Gall eich tîm ddweud wrthych beth i’w ddisgwyl.

after-icu-title = Yn yr uned gofal dwys
after-icu-1 = Mae pobl ar y pwmp yn cael gofal yn yr [uned gofal dwys](intensive-care). Mae llawer o beiriannau, tiwbiau a gwifrau. Mae nyrs gerllaw bob amser.
after-icu-2 = Mae llawer o bobl yn cael eu cadw i gysgu gyda meddyginiaeth, ar [beiriant anadlu](breathing-machine). Ni allant gymryd rhan mewn penderfyniadau am gyfnod. Yna mae’r teulu’n aml yn helpu’r tîm i benderfynu.
after-icu-3 = Efallai y byddwch yn clywed larymau o’r [consol](console) a pheiriannau eraill. Mae hyn yn arferol. Mae larwm yn gofyn i’r tîm wirio rhywbeth.

after-still-title = Gorwedd yn llonydd, gyda’r goes yn syth
after-still-1 = Rhaid i’r tiwb beidio â symud. Felly mae’r person yn gorwedd yn eithaf gwastad, gyda phen y gwely’n cael ei gadw’n isel.
after-still-2 = Mae’r goes gyda’r tiwb yn cael ei chadw’n syth, weithiau gyda brês. Mae nyrsys yn gwirio’r afl a’r pwls yn y droed yn aml.
after-still-3 = Mae [teneuwr gwaed](blood-thinner) yn atal tolchenni ar y pwmp. Mae hefyd yn gwneud [gwaedu](bleeding) yn fwy tebygol, felly mae’r tîm yn cadw llygad amdano.

after-long-title = Am faint mae’n aros i mewn
after-long-1 = Fel arfer am ychydig ddyddiau. Mae’r tîm a gynhaliodd dreial DanGer Shock yn dweud bod pobl yn aml wedi cael y pwmp am tua 3 diwrnod.
after-long-2 = Mae’r gwneuthurwyr yn dweud y gellir defnyddio’r pwmp arferol am hyd at 4 diwrnod mewn sioc. Gall pympiau mwy sy’n cael eu gosod ger y gesail aros i mewn am fwy o amser.
after-stay-title = Am faint y byddaf yn aros yn yr ysbyty?
after-stay-1 = Mae angen [gofal dwys](intensive-care) ar y rhan fwyaf o bobl am wythnos neu ddwy, ac ar rai am fwy o amser. Ar ôl hynny, mae’r rhan fwyaf yn mynd i ward arferol, yna adref.
after-stay-2 = Yn nhreial DanGer Shock, gadawodd llai o bobl gyda’r pwmp yr uned gofal dwys yn ystod y 3 diwrnod cyntaf: 15 o bob 100, o’i gymharu â 29 o bob 100 gyda gofal arferol (heb bwmp microechelinol).

after-out-title = Tynnu’r pwmp allan
after-out-1 = Pan fydd y galon yn gryfach, mae’r tîm yn troi’r pwmp i lawr fesul tipyn. Yr enw ar hyn yw [diddyfnu](weaning). Maen nhw’n gwirio bod y galon yn gallu ymdopi ar bob cam.
after-out-2 = Yna maen nhw’n tynnu’r pwmp allan. Mae rhywun yn pwyso’n gadarn ar yr afl nes bod y gwaedu’n stopio. Mae hyn yn aml yn cymryd 20 i 40 munud. Neu mae dyfais fach yn cau’r twll.
after-out-3 = Ar ôl hynny, mae’r afl yn cael ei gwylio am waedu neu chwyddo. Dywedwch wrth nyrs ar unwaith os yw’r afl yn gwaedu neu’n chwyddo, neu os yw’r goes yn teimlo’n wahanol.

after-home-title = Mynd adref, ac apwyntiadau dilynol
after-home-1 = Ar ôl yr uned gofal dwys, y cam nesaf yn aml yw ward arferol, yna adref. Mae faint o amser mae hyn yn ei gymryd yn dibynnu ar sut mae’r galon a’r organau eraill yn gwella.
after-home-2 = Bydd gennych apwyntiadau dilynol rheolaidd wedyn. Maen nhw’n gwirio pa mor dda y gweithiodd y pwmp ac a achosodd broblemau. Mae eich manylion yn mynd i [gofrestrfa](registry), fel mae NICE yn gofyn.

after-recover-title = Gwella
after-recover-1 = Mae gwella ar ôl gofal dwys yn cymryd amser. Mae gan rai pobl broblemau gyda’r cof, yn teimlo’n wan, yn teimlo’n bryderus, neu’n teimlo’n isel. Yr enw ar hyn yw [syndrom ôl-ofal dwys](pics). Mae help ar gael. Gofynnwch i’ch meddyg teulu neu i’r tîm.
after-recover-2 = Mae llawer o bobl sy’n goroesi yn gwneud yn dda. Cafodd 302 o bobl eu trin yn nhreial SHOCK yn y 1990au. Roedd tua hanner ohonyn nhw’n fyw flwyddyn yn ddiweddarach. O’r rhai a oedd yn fyw, roedd gan 87 o bob 100 ychydig neu ddim cyfyngiadau o’u calon mewn bywyd bob dydd. Mae’r rhif hwn yn ymwneud â’r bobl a oroesodd yn unig.

after-fail-title = Os nad yw’r pwmp yn gweithio
after-fail-1 = Weithiau nid yw’r galon yn gwella. Yna bydd y tîm yn siarad â chi a’ch teulu am beth sy’n dod nesaf.
after-fail-2 = Efallai y byddant yn ychwanegu mwy o gymorth, fel [ECMO](ecmo) neu bwmp mwy. Efallai y byddant yn cynllunio ar gyfer pwmp tymor hir ([LVAD](lvad)) neu [drawsblaniad calon](transplant), os gallai’r rhain weithio.
after-fail-3 = Dewis arall yw atal triniaethau nad ydynt yn helpu mwyach, a chanolbwyntio ar gysur. Mae hwn yn ddewis derbyniol mewn meddygaeth. Fel arfer caiff ei benderfynu ar y cyd â’r teulu.
after-next = Nesaf: i deuluoedd a chynrychiolwyr
