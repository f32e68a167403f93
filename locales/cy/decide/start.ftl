## Tudalennau i gleifion: “Paratoi i benderfynu”, y dudalen gyntaf a’r rhannau sy’n gyffredin i bob cam.

decide-intro = Mae’r rhan hon o’r canllaw yn eich helpu i baratoi i siarad â’r tîm gofal. Nid yw’n dweud wrthych beth i’w ddewis. Nid oes dewis cywir nac anghywir yma.
decide-intro-2 = Mae ganddi bedwar cam byr. Gallwch eu gwneud mewn unrhyw drefn, a stopio unrhyw bryd.
decide-who-title = Pwy sy’n penderfynu?
decide-who-self = Fi yw’r claf
decide-who-other = Rwy’n helpu i benderfynu dros rywun arall
decide-who-help = Mae’r geiriau ar y tudalennau nesaf yn newid i fod yn addas i chi.
decide-who-other-note = Bydd y tîm yn gofyn i chi beth fyddai’r person yn ei ddymuno. Y tîm sy’n gwneud y penderfyniad meddygol, oni bai bod gennych chi Atwrneiaeth Arhosol (Lasting Power of Attorney) ar gyfer iechyd. Mae’r gyfraith yn dweud sut mae’r penderfyniadau hyn yn cael eu gwneud. Darllenwch fwy ar y dudalen i deuluoedd.
decide-steps-title = Y pedwar cam
decide-step-check-help = Wyth cwestiwn byr am y prif ffeithiau. Nid prawf yw hwn.
decide-step-values-help = { $who ->
        [other] Dywedwch beth sy’n bwysig i’r person, yn eich geiriau eich hun.
       *[self] Dywedwch beth sy’n bwysig i chi, yn eich geiriau eich hun.
    }
decide-step-meeting-help = Beth i’w ddweud wrth y tîm, sut rydych chi’n teimlo, a beth i’w ofyn.
decide-step-summary-help = Popeth a ysgrifennoch, ar un dudalen i’w hargraffu neu i’w chopïo.
decide-step-done = Wedi dechrau
decide-step-nav = Camau
decide-step-of = Cam { $n } o { $total }
decide-privacy = Mae’r hyn rydych chi’n ei ysgrifennu yn aros ar y ddyfais hon yn unig. Ni all neb arall ei weld oni bai eich bod chi’n ei ddangos iddyn nhw. Gallwch ei ddileu ar y cam olaf, neu ar y dudalen “Amdanom a ffynonellau”.
decide-unreadable = Nid oedd modd darllen rhywbeth a gadwoch o’r blaen. Mae wedi’i gadw o’r neilltu, a gallwch ddechrau eto. Gallwch weld yr hen gopi yma.
decide-unreadable-show = Dangos beth a gadwyd o’r blaen
decide-not-saved = Nid yw’r porwr hwn yn cadw eich atebion. Byddan nhw’n cael eu colli os byddwch chi’n cau’r dudalen. Gallwch eu hargraffu neu eu copïo ar y cam olaf o hyd.
decide-next = Y cam nesaf: { $step }