## Tudalen i gleifion: dewisiadau eraill, a beth sy’n digwydd heb y pwmp.

options-title = Dewisiadau eraill, a beth sy’n digwydd heb y pwmp
options-intro = Un dewis yw’r pwmp. Nid yw’n iawn i bawb. Dyma’r dewisiadau eraill, gyda rhifau allan o 100 o bobl lle mae gennym nhw. Bydd eich tîm gofal yn egluro pa rai allai fod yn addas.
options-no-numbers = Nid oes gennym rifau treial allan o 100 ar gyfer y dewis hwn.

options-usual-title = Gofal arferol (heb bwmp microechelinol)
options-usual-1 = Mae pawb â sioc yn cael gofal arferol. Ar ôl trawiad ar y galon, mae’r tîm yn agor y bibell waed sydd wedi’i blocio cyn gynted ag y gallan nhw.
options-usual-2 = Mae meddyginiaethau’n helpu’r galon i wasgu’n galetach ac yn cadw’r [pwysedd gwaed](blood-pressure) i fyny. Mae angen [peiriant anadlu](breathing-machine) neu [ddialysis](dialysis) ar rai pobl am gyfnod.
options-usual-3 = Yn nhreial DanGer Shock, bu farw 59 o bob 100 o bobl a gafodd ofal arferol (heb bwmp microechelinol) o fewn 6 mis. Roedd 41 o bob 100 yn fyw. Pobl sâl iawn oedd y rhain, yr oedd eu sioc wedi dod o drawiad ar y galon.
options-usual-why = Mae hyn yn fwy na’r 30 i 40 o bob 100 ar y dudalen am sioc. Mae’r rhif hwnnw ar gyfer pob math o sioc, ysgafn a difrifol, ac mae’n cyfrif marwolaethau yn yr ysbyty yn unig.
options-usual-fit = Yng nghofnodion un ysbyty, dim ond tua 3 o bob 10 o bobl â’r math hwn o sioc a fyddai wedi ffitio’r treial hwnnw. Ni wnaeth hyd yn oed y rhain cystal â’r bobl yn y treial.
options-usual-machines = Gall gofal arferol gynnwys peiriannau cymorth eraill. Yn y treial, cafodd 20 o bob 100 o bobl gyda gofal arferol beiriant arall, ECMO gan amlaf. Cafodd 14 o bob 100 o bobl gyda’r pwmp beiriant arall hefyd.
options-usual-link = Gweld y rhifau llawn ar gyfer y pwmp ac ar gyfer gofal arferol

options-no-title = Os byddwch yn dweud na i’r pwmp
options-no-1 = Nid yw dweud na i’r pwmp yn golygu dweud na i ofal. Byddwch chi, neu’r aelod o’ch teulu, yn dal i gael gofal arferol.
options-no-2 = Nid oes rhaid i feddygon gynnig y pwmp. Gallwch ofyn pam mae’n cael ei gynnig, neu pam nad yw.

options-iabp-title = Pwmp balŵn
options-iabp-1 = Mae [pwmp balŵn](balloon-pump) yn falŵn hir, tenau sy’n eistedd yn yr aorta. Mae’n llenwi ac yn gwagio gyda phob curiad calon. Mae’n rhoi llai o help i’r galon na’r pwmp calon yn y canllaw hwn.
options-iabp-death-title = Pwmp balŵn: yn fyw ar ôl 30 diwrnod
options-iabp-death-summary = Mewn treial mawr o bobl â sioc ar ôl trawiad ar y galon, bu farw tua’r un nifer gyda phwmp balŵn a hebddo. Ar ôl 1 flwyddyn roedd hefyd tua’r un peth: bu farw 52 o bob 100 gydag ef, a 51 o bob 100 hebddo.
options-iabp-death-yes = Bu farw { $count } o bob 100 o fewn 30 diwrnod.
options-iabp-death-no = Roedd { $count } o bob 100 yn fyw ar ôl 30 diwrnod.
options-with-iabp = Gyda phwmp balŵn
options-usual-only = Gofal arferol (heb bwmp microechelinol)

options-versus-title = Y pwmp calon o’i gymharu â phwmp balŵn
options-versus-summary = Edrychodd treial bach ar 48 o bobl sâl iawn ar beiriant anadlu. Bu farw tua’r un nifer gyda phob math o bwmp. Roedd y treial yn rhy fach i fod yn sicr.
options-with-pump = Gyda’r pwmp calon
options-versus-isar = Defnyddiodd treial bach arall, o 26 o bobl, bwmp calon hŷn a llai. Bu farw 46 o bob 100 o fewn 30 diwrnod gyda’r naill fath o bwmp neu’r llall.

options-ecmo-title = ECMO, peiriant calon ac ysgyfaint
options-ecmo-1 = Mae [ECMO](ecmo) yn tynnu gwaed allan o’r corff drwy diwb. Mae peiriant yn ychwanegu ocsigen ac yn ei bwmpio’n ôl. Gall wneud gwaith y galon a’r ysgyfaint.
options-ecmo-death-title = ECMO: yn fyw ar ôl 30 diwrnod
options-ecmo-death-summary = Mewn treial mawr o bobl â sioc ar ôl trawiad ar y galon, bu farw tua’r un nifer gydag ECMO a hebddo.
options-ecmo-death-yes = Bu farw { $count } o bob 100 o fewn 30 diwrnod.
options-ecmo-death-no = Roedd { $count } o bob 100 yn fyw ar ôl 30 diwrnod.
options-ecmo-bleeding-title = ECMO: gwaedu
options-ecmo-bleeding-summary = Cafodd mwy o bobl [waedu](bleeding) difrifol gydag ECMO.
options-ecmo-bleeding-yes = Cafodd { $count } o bob 100 waedu difrifol.
options-ecmo-bleeding-no = Ni chafodd { $count } o bob 100 waedu difrifol.
options-ecmo-vessel-title = ECMO: problemau gyda phibellau gwaed
options-ecmo-vessel-summary = Cafodd mwy o bobl broblemau gyda’r pibellau gwaed lle’r aeth y tiwbiau i mewn, fel y cyflenwad gwaed i’r goes.
options-ecmo-vessel-yes = Cafodd { $count } o bob 100 broblem gyda phibell waed.
options-ecmo-vessel-no = Ni chafodd { $count } o bob 100 broblem.
options-ecmo-stroke = Ar draws llawer o astudiaethau, cafodd tua 6 i 7 o bob 100 o bobl ar ECMO [strôc](stroke). Ar gyfer y pwmp calon yn y canllaw hwn, roedd tua 1 i 4 o bob 100. Ond mae’r rhifau hyn yn dod o astudiaethau gwahanol o bobl wahanol. Felly nid yw hon yn gymhariaeth deg. Yn nhreialon y pwmp calon, roedd strôc yr un mor gyffredin, fwy neu lai, gyda’r pwmp a hebddo.
options-with-ecmo = Gydag ECMO

options-bigger-title = Pwmp mwy, wedi’i osod drwy lawdriniaeth
options-bigger-1 = Gall pympiau mwy o’r un math symud mwy o waed. Mae llawfeddyg yn eu gosod drwy doriad bach ger y gesail. Gallant aros i mewn am fwy o amser na’r pympiau llai.

options-long-title = Pwmp tymor hir neu drawsblaniad calon
options-long-1 = Os nad yw’r galon yn gwella, efallai y bydd rhai pobl yn gallu cael pwmp sy’n aros i mewn am byth, o’r enw [LVAD](lvad). Efallai y bydd eraill yn gallu cael [trawsblaniad calon](transplant).
options-long-2 = Llawdriniaethau mawr yw’r rhain. Ni all pawb eu cael. Gall y pwmp tymor byr helpu i gadw person yn ddigon da tra bydd y tîm yn penderfynu.

options-comfort-title = Gofal sy’n canolbwyntio ar gysur
options-comfort-1 = Weithiau mae triniaethau’n annhebygol o helpu, neu ni fyddai person eu heisiau. Yna gall y tîm ganolbwyntio ar gysur yn lle hynny. Yr enw ar hyn yw [gofal lliniarol](palliative-care).
options-comfort-2 = Y nod yw lleddfu poen, diffyg anadl a phryder, a rhoi amser i’r person a’i deulu gyda’i gilydd. Mae hwn yn ddewis go iawn, nid rhoi’r gorau iddi. Bydd y tîm yn ei drafod gyda chi.
options-next = Nesaf: bywyd ar y pwmp, ac wedyn
