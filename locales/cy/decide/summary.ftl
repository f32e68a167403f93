## Tudalennau i gleifion: “Paratoi i benderfynu”, cam 4: un dudalen i fynd â hi at y tîm (i’w hargraffu ar un dudalen A4, neu i’w chopïo fel testun).

summary-intro = Mae’r dudalen hon yn casglu’r hyn a ysgrifennoch. Gallwch ei hargraffu, neu ei chopïo i neges. Nid oes dim yn gadael y ddyfais hon oni bai eich bod chi’n dewis ei rannu.
summary-name-label = Enw’r claf (dewisol)
summary-print-title = Ar gyfer y tîm gofal
summary-made-by = { $who ->
        [other] Wedi’i ysgrifennu gan aelod o’r teulu neu gynrychiolydd.
       *[self] Wedi’i ysgrifennu gan y claf.
    }
summary-name = Claf: { $name }
summary-matters = Beth sydd bwysicaf
summary-own-words = Yn eu geiriau eu hunain
summary-person = Am y person
summary-worries = Pryderon
summary-questions = Cwestiynau i’r tîm
summary-unsure = Pethau i’w hegluro eto
summary-notes = Nodiadau
summary-nothing = Dim wedi’i ysgrifennu eto.
summary-not-decided = Nid penderfyniad yw hwn. Mae’n helpu’r tîm i ddeall beth sy’n bwysig.
summary-print = Argraffu’r dudalen hon
summary-copy = Copïo fel testun
summary-copied = Wedi copïo. Gallwch nawr ei ludo mewn neges neu e-bost.
summary-copy-failed = Nid oedd y porwr hwn yn gadael i’r canllaw gopïo. Dewiswch y testun yn y blwch isod a’i gopïo eich hun.
summary-copy-box = Eich tudalen fel testun
summary-delete = Dileu’r hyn a ysgrifennais yma
summary-delete-confirm = Dileu popeth a ysgrifennoch yn y pedwar cam hyn? Nid oes modd dadwneud hyn. Bydd eich rhestr cwestiynau’n cael ei chadw.
summary-delete-yes = Ie, ei ddileu
summary-delete-no = Na, ei gadw
summary-deleted = Wedi’i ddileu. Mae eich atebion yn y pedwar cam hyn wedi mynd o’r ddyfais hon. Mae eich rhestr cwestiynau wedi’i chadw.
summary-from = Wedi’i wneud gyda Chanllaw Pwmp y Galon. Mae ar gyfer addysg. Nid cyngor meddygol ydyw.
