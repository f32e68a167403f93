## Tudalen i gleifion: rhestr y darllenydd ei hun o gwestiynau i’r tîm gofal.

questions-title = Fy nghwestiynau
questions-intro = Ticiwch y cwestiynau rydych am eu gofyn i’ch tîm gofal. Ychwanegwch eich cwestiynau eich hun. Ysgrifennwch nodiadau. Yna argraffwch eich rhestr, neu ei chopïo.
questions-privacy = Mae eich rhestr yn cael ei chadw yn y porwr hwn yn unig, ar y ddyfais hon. Nid yw’n cael ei hanfon i unman. Gallwch ei dileu unrhyw bryd.

questions-nice-title = Cwestiynau mae NICE yn eu hawgrymu
questions-nice-1 = Faint o apwyntiadau dilynol fydd eu hangen arnaf wedyn?
questions-nice-2 = Pa les allai’r pwmp ei wneud? Pa mor debygol yw hynny?
questions-nice-3 = Beth allai fynd o chwith, a pha sgil-effeithiau allai fod? Pa mor debygol ydyn nhw?
questions-nice-4 = Am faint y byddaf yn aros yn yr ysbyty?
questions-nice-5 = Beth sy’n digwydd os nad yw’r pwmp yn gweithio, neu os aiff rhywbeth o chwith?
questions-nice-6 = Beth sy’n digwydd os byddaf yn dweud na i’r pwmp?
questions-nice-7 = A oes triniaethau eraill y gallwn eu cael?

questions-bran-title = Pedwar cwestiwn ar gyfer unrhyw ddewis (BRAN)
questions-bran-help = Mae B, R, A ac N yn sefyll am y geiriau Saesneg Benefits (manteision), Risks (risgiau), Alternatives (dewisiadau eraill) a Nothing (dim byd).
questions-bran-b = Manteision: sut gallai hyn fy helpu i?
questions-bran-r = Risgiau: beth yw’r risgiau i mi?
questions-bran-a = Dewisiadau eraill: beth arall allwn ni ei wneud?
questions-bran-n = Dim byd: beth sy’n digwydd os na wnawn ni ddim, neu os arhoswn ni?

questions-device-title = Cwestiynau am y pwmp hwn
questions-device-1 = Ydw i’n debyg i’r bobl yn y treial? Ydy’r rhifau’n addas i mi?
questions-device-2 = Pa mor aml mae’r ysbyty hwn yn gosod y pwmp hwn?
questions-device-3 = Fydd e’n mynd i mewn drwy’r afl neu ger y gesail? Pam?
questions-device-4 = Am faint y bydd y pwmp yn aros i mewn? Sut byddwch chi’n penderfynu pryd i’w dynnu allan?
questions-device-5 = Beth sy’n digwydd os na fydd fy nghalon yn gwella?
questions-device-6 = Beth fydd yn mynd i’r gofrestrfa, a phwy fydd yn ei weld?
questions-device-7 = Gaiff fy nheulu fod gyda mi, a gyda phwy y gallan nhw siarad?

questions-own-title = Eich cwestiynau eich hun
questions-own-label = Ysgrifennwch gwestiwn
questions-own-add = Ychwanegu’r cwestiwn hwn
questions-own-remove = Tynnu
questions-own-remove-label = Tynnu’r cwestiwn: { $text }

questions-notes-title = Nodiadau
questions-notes-label = Eich nodiadau, er enghraifft enwau staff, neu atebion a gawsoch

questions-chosen = { $count ->
    [zero] Nid ydych wedi dewis unrhyw gwestiynau eto.
    [one] Rydych wedi dewis 1 cwestiwn.
    [two] Rydych wedi dewis { $count } gwestiwn.
    [few] Rydych wedi dewis { $count } chwestiwn.
    [many] Rydych wedi dewis { $count } chwestiwn.
   *[other] Rydych wedi dewis { $count } cwestiwn.
}

questions-actions-title = Argraffu, copïo neu ddileu eich rhestr
questions-print = Argraffu fy rhestr
questions-copy = Copïo fel testun
questions-copied = Wedi copïo. Gallwch nawr ludo eich rhestr mewn neges neu e-bost.
questions-copy-failed = Nid oedd y porwr hwn yn gadael i’r canllaw gopïo. Dewiswch y testun yn y blwch isod a’i gopïo eich hun.
questions-copy-box = Eich rhestr fel testun
questions-delete = Dileu fy rhestr
questions-deleted = Mae eich rhestr wedi’i dileu o’r ddyfais hon.
questions-not-saved = Nid yw’r porwr hwn yn gadael i’r canllaw gadw dim. Bydd eich rhestr yn cael ei cholli pan fyddwch yn cau’r dudalen, felly argraffwch hi neu ei chopïo yn gyntaf.

questions-unreadable = Nid oeddem yn gallu darllen y rhestr a gadwyd ar y ddyfais hon, felly rydym wedi dechrau un newydd. Rydym wedi cadw’r hen gopi yn y porwr hwn, felly does dim wedi’i golli.
questions-unreadable-show = Dangos yr hen gopi a gadwyd

questions-print-title = Fy nghwestiynau i’r tîm gofal
questions-print-notes = Fy nodiadau
questions-print-empty = Dim cwestiynau wedi’u dewis.
