## Tudalen i gleifion: manteision a risgiau mewn rhifau allan o 100, gyda lluniau o 100 o bobl.

risks-title = Manteision a risgiau, mewn rhifau
risks-intro-1 = Mae’r rhan fwyaf o’r rhifau hyn yn dod o un treial, o’r enw DanGer Shock. Edrychodd ar 355 o oedolion yr oedd eu sioc wedi’i hachosi gan drawiad mawr ar y galon, o’r enw STEMI. Roedd tua 8 o bob 10 ohonyn nhw’n ddynion.
risks-intro-2 = Cafodd 179 o bobl y pwmp yn ogystal â gofal arferol. Cafodd 176 o bobl ofal arferol (heb bwmp microechelinol). Mae’r rhifau isod allan o 100 o bobl ym mhob grŵp.
risks-usual-machines = Gall gofal arferol gynnwys peiriannau cymorth eraill o hyd. Yn y treial, cafodd 20 o bob 100 o bobl gyda gofal arferol beiriant arall, ECMO gan amlaf. Cafodd 14 o bob 100 o bobl gyda’r pwmp beiriant arall hefyd.

risks-who-title = Am bwy mae’r rhifau
risks-who-1 = Dim ond rhai pobl â sioc a gymerodd y treial. Gadawodd allan bobl a arhosodd yn anymwybodol ar ôl i’w calon stopio. Gadawodd allan hefyd bobl ag ochr dde’r galon yn wan iawn, â rhwyg y tu mewn i’r galon a achoswyd gan y trawiad ar y galon, neu â rhai problemau falf neu bibellau gwaed y goes. Roedd gan yr ysbytai lawer o brofiad gyda’r pwmp.
risks-who-2 = Yng nghofnodion un ysbyty, dim ond tua 3 o bob 10 o bobl â’r math hwn o sioc a fyddai wedi ffitio’r treial. Ni wnaeth hyd yn oed y rhain cystal â’r bobl yn y treial. Felly efallai nad yw’r rhifau’n addas i chi neu i’r aelod o’ch teulu. Gofynnwch i’r tîm sut maen nhw’n berthnasol.
risks-who-3 = Dim ond sioc a achoswyd gan drawiad ar y galon yr edrychodd y treial arno. Nid yw ei rifau’n dweud wrthym am sioc o achosion eraill, fel methiant y galon, cyhyr y galon wedi chwyddo neu lawdriniaeth ar y galon.

risks-read-title = Sut i ddarllen y lluniau
risks-read-1 = Mae pob llun yn dangos 100 o bobl. Mae pob ffigur bach yn un person.
risks-tradeoff-title = Y pwyso a mesur, mewn un llinell
risks-tradeoff = Yn fyr, ar gyfer 100 o bobl fel y rhai yn y treial, dros 6 mis: gyda’r pwmp, bu farw 46, o’i gymharu â 59 gyda gofal arferol. Ond cafodd 24 broblem ddifrifol o’r driniaeth, o’i gymharu â 6. Roedd angen dialysis ar 42, o’i gymharu â 27. A dros tua 4 mis, cafodd 26 waedu mawr, o’i gymharu â 15.
risks-legend-yes = Ffigur wedi’i lenwi: digwyddodd hyn i’r person.
risks-legend-no = Ffigur amlinell: ni ddigwyddodd hyn.

risks-with = Gyda’r pwmp
risks-without = Gofal arferol (heb bwmp microechelinol)
risks-on-pump = Pobl ar y math hwn o bwmp
risks-picture = { $group }: llun o 100 o bobl. { $yes } { $no }

risks-death-title = Aros yn fyw am 6 mis
risks-death-summary = Roedd mwy o bobl yn fyw ar ôl 6 mis gyda’r pwmp.
risks-death-yes = Bu farw { $count } o bob 100 o fewn 6 mis.
risks-death-no = Roedd { $count } o bob 100 yn fyw ar ôl 6 mis.

risks-harm-title = Problemau difrifol o’r driniaeth
risks-harm-summary = Cafodd mwy o bobl broblem ddifrifol gyda’r pwmp. Roedd y rhain yn cynnwys [gwaedu](bleeding), cyflenwad gwaed i’r goes wedi’i flocio, niwed i gelloedd coch y gwaed, pwmp a stopiodd weithio, a falf y galon yn gollwng. Roedd y cyfrif hwn yn defnyddio ystyr llymach i waedu na’r cyfrif gwaedu mawr isod. Felly mae’r ddau rif yn mesur pethau gwahanol. Peidiwch â’u hadio at ei gilydd.
risks-harm-yes = Cafodd { $count } o bob 100 broblem ddifrifol.
risks-harm-no = Ni chafodd { $count } o bob 100 broblem.

risks-dialysis-title = Angen dialysis ar yr arennau
risks-dialysis-summary = Roedd angen [dialysis](dialysis) ar fwy o bobl gyda’r pwmp. Peiriant yw dialysis sy’n gwneud gwaith yr arennau.
risks-dialysis-yes = Roedd angen dialysis ar { $count } o bob 100.
risks-dialysis-no = Nid oedd angen dialysis ar { $count } o bob 100.

risks-bleeding-title = Gwaedu mawr
risks-bleeding-summary = Cafodd mwy o bobl [waedu](bleeding) mawr gyda’r pwmp. Daw hyn o olwg ddiweddarach ar yr un treial, dros gyfnod o tua 4 mis. Roedd yn defnyddio ystyr ehangach i waedu na’r problemau difrifol uchod. Digwyddodd tua hanner yr achosion hyn o waedu ar ôl i’r pwmp, neu beiriant cymorth arall, gael ei dynnu allan.
risks-bleeding-yes = Cafodd { $count } o bob 100 waedu mawr.
risks-bleeding-no = Ni chafodd { $count } o bob 100 waedu mawr.

risks-stroke-title = Strôc
risks-stroke-summary = Cafodd rhwng 1 a 4 o bob 100 o bobl ar y math hwn o bwmp [strôc](stroke). Mae hyn yn dod o adolygiad o lawer o astudiaethau, nid o un treial. Yn y treialon a gymharodd y pwmp â gofal arferol, roedd strôc yr un mor gyffredin, fwy neu lai, gyda’r pwmp a hebddo. Mae’r llun yn dangos 4, y rhif uchaf.
risks-stroke-yes = Cafodd { $count } o bob 100 strôc.
risks-stroke-no = Ni chafodd { $count } o bob 100 strôc.

risks-long-title = Golwg hirach, dros hyd at 10 mlynedd

risks-sure-title = Pa mor sicr allwn ni fod?
risks-sure-1 = Ddim yn sicr iawn eto. Mae’r rhan fwyaf o’r rhifau’n dod o un treial. Mewn pobl eraill, neu mewn ysbytai eraill, gallai’r canlyniadau fod yn well neu’n waeth.
risks-sure-2 = Gallai’r fantais o ran aros yn fyw fod yn fawr, neu gallai fod yn eithaf bach. Mae’r niwed yn gliriach: mwy o waedu, mwy o ddialysis a mwy o broblemau gyda’r goes a’r gwaed.
risks-sure-3 = Mae pob person yn wahanol. Gall eich tîm ddweud sut mae’r rhifau’n berthnasol i chi neu i’r aelod o’ch teulu.
risks-long-1 = Yn ddiweddarach, edrychodd tîm y treial eto ar 343 o’r 355 o bobl, am hyd at 10 mlynedd. Cafodd y rhan fwyaf o bobl eu dilyn am lai o amser na hynny. Nid oedd hyn wedi’i gynllunio ar y dechrau. Cafodd ei gyhoeddi fel llythyr, nid fel adroddiad llawn. Felly mae’n llai sicr na’r canlyniad ar ôl 6 mis.
risks-long-2 = Dros y cyfnod hirach hwn, roedd 53 o bob 100 o bobl gyda’r pwmp wedi marw, a 69 o bob 100 gyda gofal arferol (heb bwmp microechelinol).

risks-nice-title = Beth mae NICE yn ei ddweud am y dystiolaeth
risks-nice-1 = Mae NICE yn dweud bod y dystiolaeth yn ansicr. Nid yw’n sicr eto pa mor dda mae’r pwmp yn gweithio na pha mor ddiogel ydyw.
risks-nice-2 = Felly dim ond tra bydd mwy o dystiolaeth yn cael ei chasglu y gall y GIG ei ddefnyddio. Rhaid i’r tîm egluro hyn i chi a’ch teulu cyn i chi gytuno. Weithiau gelwir hyn yn gydsyniad gwell.
risks-nice-3 = Mae manylion pawb sy’n cael y pwmp yn mynd i [gofrestrfa](registry). Cofnod yw hwn sy’n helpu meddygon i ddysgu pa mor dda mae’n gweithio a pha mor ddiogel ydyw.
risks-nice-4 = Bydd gennych apwyntiadau dilynol rheolaidd wedyn. Maen nhw’n gwirio pa mor dda y gweithiodd y pwmp ac a achosodd unrhyw broblemau.
risks-nice-5 = Gall NICE newid ei gyngor pan fydd mwy yn hysbys.
risks-next = Nesaf: gwnewch restr o’ch cwestiynau
