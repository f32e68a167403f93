## Tudalen i gleifion: manteision a risgiau mewn rhifau allan o 100, gyda lluniau o 100 o bobl.

risks-title = Manteision a risgiau, mewn rhifau
risks-intro-1 = Mae’r rhan fwyaf o’r rhifau hyn yn dod o un treial, o’r enw DanGer Shock. Edrychodd ar 355 o oedolion yr oedd eu sioc wedi’i hachosi gan drawiad ar y galon.
risks-intro-2 = Cafodd 179 o bobl y pwmp yn ogystal â gofal arferol. Cafodd 176 o bobl ofal arferol yn unig. Mae’r rhifau isod allan o 100 o bobl ym mhob grŵp.

risks-who-title = Am bwy mae’r rhifau
risks-who-1 = Dim ond rhai pobl â sioc a gymerodd y treial. Gadawodd allan bobl a arhosodd yn anymwybodol ar ôl i’w calon stopio. Gadawodd allan hefyd bobl ag ochr dde’r galon yn wan iawn, a phobl â rhai problemau falf neu bibellau gwaed y goes. Roedd gan yr ysbytai lawer o brofiad gyda’r pwmp.
risks-who-2 = Dim ond tua 3 o bob 10 o bobl â’r math hwn o sioc mewn gofal bob dydd a fyddai wedi ffitio’r treial. Felly efallai nad yw’r rhifau’n addas i chi neu i’r aelod o’ch teulu. Gofynnwch i’r tîm sut maen nhw’n berthnasol.

risks-read-title = Sut i ddarllen y lluniau
risks-read-1 = Mae pob llun yn dangos 100 o bobl. Mae pob ffigur bach yn un person.
risks-legend-yes = Ffigur wedi’i lenwi: digwyddodd hyn i’r person.
risks-legend-no = Ffigur amlinell: ni ddigwyddodd hyn.

risks-with = Gyda’r pwmp
risks-without = Heb y pwmp (gofal arferol yn unig)
risks-on-pump = Pobl ar y math hwn o bwmp
risks-picture = { $group }: llun o 100 o bobl. { $yes } { $no }

risks-death-title = Aros yn fyw am 6 mis
risks-death-summary = Roedd mwy o bobl yn fyw ar ôl 6 mis gyda’r pwmp.
risks-death-yes = Bu farw { $count } o bob 100 o fewn 6 mis.
risks-death-no = Roedd { $count } o bob 100 yn fyw ar ôl 6 mis.

risks-harm-title = Problemau difrifol o’r driniaeth
risks-harm-summary = Cafodd mwy o bobl broblem ddifrifol gyda’r pwmp. Roedd y rhain yn cynnwys [gwaedu](bleeding), cyflenwad gwaed i’r goes wedi’i flocio, niwed i gelloedd coch y gwaed, pwmp a stopiodd weithio, a falf y galon yn gollwng.
risks-harm-yes = Cafodd { $count } o bob 100 broblem ddifrifol.
risks-harm-no = Ni chafodd { $count } o bob 100 broblem.

risks-dialysis-title = Angen dialysis ar yr arennau
risks-dialysis-summary = Roedd angen [dialysis](dialysis) ar fwy o bobl gyda’r pwmp. Peiriant yw dialysis sy’n gwneud gwaith yr arennau.
risks-dialysis-yes = Roedd angen dialysis ar { $count } o bob 100.
risks-dialysis-no = Nid oedd angen dialysis ar { $count } o bob 100.

risks-bleeding-title = Gwaedu mawr
risks-bleeding-summary = Cafodd mwy o bobl [waedu](bleeding) mawr gyda’r pwmp. Digwyddodd tua hanner y rhain ar ôl i’r pwmp gael ei dynnu allan.
risks-bleeding-yes = Cafodd { $count } o bob 100 waedu mawr.
risks-bleeding-no = Ni chafodd { $count } o bob 100 waedu mawr.

risks-stroke-title = Strôc
risks-stroke-summary = Cafodd rhwng 1 a 4 o bob 100 o bobl ar y math hwn o bwmp [strôc](stroke). Mae hyn yn dod o adolygiad o lawer o astudiaethau, nid o’r treial. Nid oes rhif teg i’w gymharu ag ef, felly dim ond un llun sydd. Mae’n dangos 4, y rhif uchaf.
risks-stroke-yes = Cafodd { $count } o bob 100 strôc.
risks-stroke-no = Ni chafodd { $count } o bob 100 strôc.

risks-long-title = Ar ôl 10 mlynedd
risks-long-summary = Edrychodd tîm y treial eto ar ôl 10 mlynedd. Nid oedd hyn wedi’i gynllunio ar y dechrau, felly mae’n llai sicr.
risks-long-yes = Roedd { $count } o bob 100 wedi marw erbyn 10 mlynedd.
risks-long-no = Roedd { $count } o bob 100 yn fyw ar ôl 10 mlynedd.

risks-sure-title = Pa mor sicr allwn ni fod?
risks-sure-1 = Ddim yn sicr iawn eto. Mae’r rhan fwyaf o’r rhifau’n dod o un treial. Mewn pobl eraill, neu mewn ysbytai eraill, gallai’r canlyniadau fod yn well neu’n waeth.
risks-sure-2 = Gallai’r fantais o ran aros yn fyw fod yn fawr, neu gallai fod yn eithaf bach. Mae’r niwed yn gliriach: mwy o waedu, mwy o ddialysis a mwy o broblemau gyda’r goes a’r gwaed.
risks-sure-3 = Mae pob person yn wahanol. Gall eich tîm ddweud sut mae’r rhifau’n berthnasol i chi neu i’r aelod o’ch teulu.

risks-nice-title = Beth mae NICE yn ei ddweud am y dystiolaeth
risks-nice-1 = Mae NICE yn dweud bod y dystiolaeth yn ansicr. Nid yw’n sicr eto pa mor dda mae’r pwmp yn gweithio na pha mor ddiogel ydyw.
risks-nice-2 = Felly dim ond tra bydd mwy o dystiolaeth yn cael ei chasglu y gall y GIG ei ddefnyddio. Rhaid i’r tîm egluro hyn i chi a’ch teulu cyn i chi gytuno. Weithiau gelwir hyn yn gydsyniad gwell.
risks-nice-3 = Mae manylion pawb sy’n cael y pwmp yn mynd i [gofrestrfa](registry). Cofnod yw hwn sy’n helpu meddygon i ddysgu pa mor dda mae’n gweithio a pha mor ddiogel ydyw.
risks-nice-4 = Bydd gennych apwyntiadau dilynol rheolaidd wedyn. Maen nhw’n gwirio pa mor dda y gweithiodd y pwmp ac a achosodd unrhyw broblemau.
risks-nice-5 = Gall NICE newid ei gyngor pan fydd mwy yn hysbys.
risks-next = Nesaf: gwnewch restr o’ch cwestiynau
