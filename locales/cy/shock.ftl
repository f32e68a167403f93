## Tudalen i gleifion: beth yw sioc gardiogenig.

shock-title = Beth yw sioc gardiogenig?
shock-intro = [Sioc gardiogenig](cardiogenic-shock) yw pan na all y galon, yn sydyn, bwmpio digon o waed i’r corff. Mae’n ddifrifol iawn. Bydd y tîm gofal yn gweithredu’n gyflym.

shock-what-title = Beth sy’n digwydd yn y corff
shock-what-1 = Mae gwaed yn cario ocsigen i bob rhan o’r corff. Mae’r galon yn ei bwmpio o gwmpas.
shock-what-2 = Mewn sioc, mae’r galon yn rhy wan i ddal i fyny. Mae [pwysedd gwaed](blood-pressure) yn gostwng. Nid yw’r ymennydd, yr arennau ac [organau](organ) eraill yn cael digon o waed.
shock-what-3 = Gall person fynd yn ddryslyd. Efallai mai ychydig iawn o wrin (pi-pi) y bydd yn ei basio. Mae profion gwaed yn dangos bod yr organau’n cael trafferth.

shock-causes-title = Beth sy’n ei achosi
shock-causes-1 = Yr achos mwyaf adnabyddus yw [trawiad ar y galon](heart-attack). Mae pibell waed wedi’i blocio yn atal gwaed rhag cyrraedd rhan o’r galon. Nid yw’r rhan honno o’r galon yn gweithio’n dda wedyn.
shock-causes-2 = Mae sioc yn digwydd mewn tua 3 i 10 o bob 100 trawiad ar y galon.
shock-causes-3 = Mae achosion eraill hefyd:
shock-cause-failure = calon wan sy’n gwaethygu’n sydyn
shock-cause-valve = falf yn y galon sy’n stopio gweithio’n sydyn
shock-cause-rhythm = curiad calon sy’n mynd o chwith yn ddifrifol
shock-cause-myocarditis = cyhyr y galon wedi chwyddo ac yn llidus, sef [myocarditis](myocarditis)
shock-cause-clot = [tolchen waed](clot) fawr yn yr ysgyfaint
shock-cause-poison = rhai gwenwynau neu orddos
shock-cause-surgery = llawdriniaeth ar y galon

shock-danger-title = Pam mae mor beryglus
shock-danger-1 = Pan nad yw organau’n cael digon o waed, gallant stopio gweithio. Heb help cyflym, gall hyn achosi marwolaeth.
shock-danger-2 = Mae tua 30 i 40 o bob 100 o bobl â sioc gardiogenig yn marw yn yr ysbyty. Mae hynny’n golygu bod tua 60 i 70 o bob 100 yn byw i adael yr ysbyty.
shock-danger-3 = Yn nes ymlaen yn y canllaw hwn fe welwch rif mwy: bu farw 59 o bob 100 mewn un treial. Dim ond y bobl fwyaf sâl yr oedd eu sioc wedi dod o drawiad ar y galon a gymerodd y treial hwnnw. Roedd hefyd yn cyfrif marwolaethau dros 6 mis, nid yn yr ysbyty yn unig. Mae’r 30 i 40 o bob 100 yma ar gyfer pob math o sioc, ysgafn a difrifol, ac mae’n cyfrif marwolaethau yn yr ysbyty yn unig.

shock-stages-title = Pa mor ddifrifol ydyw? Y pum cam
shock-stages-intro = Mae meddygon yn defnyddio pum cam, o A i E, i ddweud pa mor ddrwg yw’r sioc. Yr enw arnynt yw [camau SCAI](scai-stages).
shock-stages-numbers = Mae’r rhifau’n dangos faint o bob 100 o bobl a fu farw yn fuan wedyn, mewn astudiaethau o bob cam. Mae’r ystodau’n eang am fod yr astudiaethau’n wahanol iawn i’w gilydd.
shock-stage-letter = Cam { $letter }
shock-stage-a = Mewn perygl. Mae gan y galon broblem, ond nid oes sioc eto.
shock-stage-b = Dechrau. Mae pwysedd gwaed yn isel neu mae’r pwls yn gyflym. Mae’r organau’n dal i gael digon o waed.
shock-stage-c = Sioc glasurol. Mae angen meddyginiaethau neu beiriant ar y person i helpu’r galon.
shock-stage-d = Gwaethygu. Mae’r sioc yn waeth, hyd yn oed gyda thriniaeth.
shock-stage-e = Eithafol. Mae’r galon wedi stopio, neu bron â stopio. Mae angen CPR neu beiriant calon ac ysgyfaint ar y person.
shock-stage-numbers = Bu farw { $low } i { $high } o bob 100. Roedd { $alivelow } i { $alivehigh } yn fyw.

shock-treat-title = Sut mae’n cael ei drin
shock-treat-1 = Mae’r tîm yn gweithio’n gyflym i ddod o hyd i’r achos a’i drin. Ar ôl trawiad ar y galon, maen nhw’n agor y bibell waed sydd wedi’i blocio.
shock-treat-2 = Gall meddyginiaethau helpu’r galon i wasgu’n galetach a chadw’r pwysedd gwaed i fyny. Mae angen [peiriant anadlu](breathing-machine) neu [ddialysis](dialysis) ar rai pobl am gyfnod.
shock-treat-3 = Weithiau mae peiriant yn helpu’r galon i bwmpio. Mae’r [pwmp calon](heart-pump) yn y canllaw hwn yn un o’r peiriannau hyn.
shock-next = Nesaf: beth yw’r pwmp calon
