## Tudalennau i gleifion: “Paratoi i benderfynu”, cam 3: paratoi ar gyfer y cyfarfod gyda’r tîm. Nid yw byth yn argymell dewis.

meeting-intro = { $who ->
        [other] Bydd y tîm eisiau clywed am y person. Byddan nhw hefyd yn egluro’r dewisiadau. Mae’r dudalen hon yn eich helpu i baratoi.
       *[self] Bydd y tîm yn egluro’r dewisiadau. Maen nhw hefyd eisiau clywed gennych chi. Mae’r dudalen hon yn eich helpu i baratoi.
    }
meeting-person-title = { $who ->
        [other] Beth i’w ddweud wrth y tîm am y person
       *[self] Beth i’w ddweud wrth y tîm amdanoch chi
    }
meeting-person-help = { $who ->
        [other] Meddyliwch am eu bywyd, beth maen nhw’n ei garu, a beth maen nhw wedi’i ddweud o’r blaen am fod yn sâl iawn neu am beiriannau. Ydyn nhw wedi ysgrifennu eu dymuniadau, neu wedi dewis rhywun i benderfynu drostyn nhw?
       *[self] Meddyliwch am eich bywyd, beth rydych chi’n ei garu, a beth rydych chi wedi’i ddweud o’r blaen am fod yn sâl iawn neu am beiriannau. Ydych chi wedi ysgrifennu eich dymuniadau, neu wedi dewis rhywun i benderfynu drosoch chi?
    }
meeting-person-label = { $who ->
        [other] Am y person (dewisol)
       *[self] Amdanaf i (dewisol)
    }
meeting-feelings-title = Sut rydych chi’n teimlo
meeting-feelings-1 = Mae’n arferol teimlo’n ofnus, yn ddig, yn ddideimlad neu’n euog. Mae llawer o deuluoedd yn gofyn: “Beth os byddwn ni’n stopio, a’i bod hi’n rhy fuan?” neu “Beth os byddwn ni’n dal ati, a dim ond gwneud pethau’n anoddach fydd hynny?”
meeting-feelings-2 = Gallwch ddweud y pethau hyn wrth y tîm. Maen nhw’n eu clywed yn aml. Os nad yw triniaeth yn helpu mwyach, mae ei stopio yn dderbyniol, ac fel arfer caiff hyn ei benderfynu ar y cyd â’r teulu.
meeting-feelings-label = Beth sy’n fy mhoeni (dewisol)
meeting-ask-title = Cwestiynau i’w gofyn
meeting-ask-help = Dyma’r cwestiynau a ddewisoch ar y dudalen “Fy nghwestiynau”.
meeting-ask-none = Nid ydych wedi dewis unrhyw gwestiynau eto.
meeting-ask-edit = Dewis neu ysgrifennu cwestiynau
meeting-trial-title = Rhoi cynnig arni am gyfnod penodol
meeting-trial-1 = Weithiau mae triniaeth yn cael ei rhoi ar brawf am gyfnod penodol. Gallwch ofyn i’r tîm am hyn. Er enghraifft:
meeting-trial-q1 = Allen ni roi cynnig ar y pwmp am gyfnod penodol, ac yna siarad eto?
meeting-trial-q2 = Beth fyddai’n dangos i ni ei fod yn helpu, neu nad yw’n helpu?
meeting-trial-q3 = Os nad yw’n helpu, beth fyddai’n digwydd nesaf?
meeting-trial-add = Ychwanegu’r rhain at fy nghwestiynau
meeting-trial-added = Wedi’u hychwanegu at eich cwestiynau.
meeting-law-title = Pwy sy’n penderfynu
meeting-law-1 = Yng Nghymru a Lloegr, os na all y claf benderfynu, mae’r tîm yn gwneud y penderfyniad er lles pennaf y person, ar ôl siarad â’r teulu.
meeting-law-2 = Os yw’r person wedi rhoi Atwrneiaeth Arhosol (Lasting Power of Attorney) ar gyfer iechyd a lles i rywun, gall y person hwnnw benderfynu. Os nad oes neb i’w holi, efallai y gall eiriolwr annibynnol helpu.
meeting-law-3 = Mae’r teulu’n cael ei holi am y person. Nid y teulu sy’n gwneud y penderfyniad meddygol, oni bai bod gan rywun yn y teulu Atwrneiaeth Arhosol ar gyfer iechyd.
meeting-notes-label = Nodiadau ar gyfer y cyfarfod (dewisol)
