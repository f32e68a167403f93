## Tudalennau i gleifion: “Paratoi i benderfynu”, cam 2: beth sydd bwysicaf. Mae gan bob datganiad ddwy ffurf: un y claf ei hun ($who = self), ac un aelod o’r teulu am y claf ($who = other).

values-intro = { $who ->
        [other] Meddyliwch am beth fyddai’r person yn ei ddweud sydd bwysicaf, pe baen nhw’n gallu siarad drostyn nhw eu hunain. Mae hyn amdanyn nhw, nid am beth rydych chi ei eisiau.
       *[self] Meddyliwch am beth sydd bwysicaf i chi. Nid oes atebion cywir nac anghywir.
    }
values-intro-2 = Gallwch newid eich atebion unrhyw bryd. Nid oes dim yma yn penderfynu ar eich rhan. Mae’n helpu’r tîm i ddeall.
values-scale-title = { $who ->
        [other] Pa un sy’n nes at beth fyddai’r person ei eisiau?
       *[self] Pa un sy’n nes at beth rydych chi ei eisiau?
    }
values-pole-more = Gwneud popeth a allai helpu i fyw’n hirach, hyd yn oed gyda pheiriannau a risgiau.
values-pole-comfort = Canolbwyntio ar gysur ac amser gyda’r teulu, heb ragor o beiriannau.
values-scale-1 = Llawer yn nes at: gwneud popeth a allai helpu
values-scale-2 = Ychydig yn nes at: gwneud popeth a allai helpu
values-scale-3 = Mae’r ddau yr un mor bwysig
values-scale-4 = Ychydig yn nes at: canolbwyntio ar gysur
values-scale-5 = Llawer yn nes at: canolbwyntio ar gysur
values-statements-title = { $who ->
        [other] Fyddai’r person yn cytuno?
       *[self] Ydych chi’n cytuno?
    }
values-statements-help = Ar gyfer pob brawddeg, dewiswch cytuno, ddim yn siŵr, neu anghytuno.
values-agree = Cytuno
values-unsure = Ddim yn siŵr
values-disagree = Anghytuno
values-s-awake = { $who ->
        [other] Byddai bod yn effro ac yn gallu siarad â’r teulu yn bwysig iawn iddyn nhw.
       *[self] Mae bod yn effro ac yn gallu siarad â fy nheulu yn bwysig iawn i mi.
    }
values-s-dialysis = { $who ->
        [other] Bydden nhw eisiau osgoi dialysis ar yr arennau pe gallen nhw.
       *[self] Byddwn i eisiau osgoi dialysis ar yr arennau pe gallwn i.
    }
values-s-trial = { $who ->
        [other] Bydden nhw eisiau rhoi cynnig ar driniaeth am gyfnod penodol, a stopio os nad yw’n helpu.
       *[self] Byddwn i eisiau rhoi cynnig ar driniaeth am gyfnod penodol, a stopio os nad yw’n helpu.
    }
values-s-risk = { $who ->
        [other] Bydden nhw’n derbyn risg uwch o waedu er mwyn cael gwell cyfle i fyw.
       *[self] Byddwn i’n derbyn risg uwch o waedu er mwyn cael gwell cyfle i fyw.
    }
values-s-independent = { $who ->
        [other] Byddai gallu byw ar eu pen eu hunain eto yn bwysig iawn iddyn nhw.
       *[self] Mae gallu byw ar fy mhen fy hun eto yn bwysig iawn i mi.
    }
values-own-title = Yn eich geiriau eich hun
values-own-label = { $who ->
        [other] Beth arall fyddai’r person yn ei ddweud sy’n bwysig? (dewisol)
       *[self] Beth arall sy’n bwysig i chi? (dewisol)
    }