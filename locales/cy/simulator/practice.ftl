# Ystafell ymarfer (clinigwyr): hafan, hyfforddwr consol, ymarfer gosod, ymarfer lleoli.


pr-notice-label = Efelychiad hyfforddi
pr-notice-1 = Efelychiad hyfforddi yw hwn, nid cyfarwyddiadau dyfais. Mae protocolau lleol a'r cyfarwyddiadau defnyddio cyfredol yn cael blaenoriaeth.
pr-notice-2 = Model cyfrifiadurol yw'r claf, y pwmp a'r consol. Daw'r rhifau ar y tudalennau hyn o'r model oni bai bod ffynhonnell wedi'i henwi.
pr-hub-intro = Ymarferwch y consol, y drefn osod, lleoli a'r larymau cyffredin. Mae pob senario'n dechrau gyda chlaf ar hap ond y gellir ei atgynhyrchu, ac yn gorffen gyda sesiwn adolygu.
pr-drills-title = Driliau
pr-console-what = newidiwch y lefel P a'r purge ar glaf efelychiedig byw.
pr-scenarios-title = Senarios larwm
pr-scenarios-intro = Mae pob senario'n dechrau gyda chwestiwn: gwnewch eich rhagfynegiad yn gyntaf, yna gweithredwch. Rydych yn gweld beth mae'r model yn ei wneud, gydag adborth ar unwaith, ac mae'r adolygiad yn egluro pob ateb.
pr-surprise = Synnwch fi
pr-surprise-help = Yn agor senario nad ydych wedi rhoi cynnig arno eto (unrhyw senario unwaith y byddwch wedi rhoi cynnig ar bob un), gyda chlaf newydd.

pr-code-title = Agor achos o god hyfforddwr
pr-code-help = Mae pob tudalen senario yn dangos cod deg nod ar gyfer yr achos. Teipiwch god a gawsoch gan eich hyfforddwr i agor yr un senario gyda'r un claf ar y ddyfais hon. Mae'n gweithio all-lein.
pr-code-label = Cod hyfforddwr
pr-code-open = Agor yr achos
pr-code-error-empty = Teipiwch y cod yn gyntaf.
pr-code-error-length = Mae gan god ddeg o lythrennau a rhifau, fel XXXXX-XXXXX. Gwiriwch y cod a rhowch gynnig arall arni.
pr-code-error-character = Mae gan y cod hwn nod nad yw codau byth yn ei gynnwys. Mae codau'n defnyddio'r rhifau 0 i 9 a'r llythrennau A i Z (yr wyddor Ladin), ac eithrio U.
pr-code-error-check = Nid yw'r cod hwn yn gywir: efallai bod nod wedi'i deipio'n anghywir, neu fod dau wedi'u cyfnewid. Gwiriwch y cod a rhowch gynnig arall arni.
pr-code-error-unknown = Mae'r cod hwn ar gyfer fersiwn fwy newydd o'r canllaw. Ail-lwythwch y dudalen i gael y fersiwn ddiweddaraf, yna rhowch gynnig arall arni.
pr-code-unchanged = Nid oes dim wedi newid.
pr-not-tried = heb roi cynnig arni eto
pr-best = sgôr orau { $best } allan o 100
pr-progress-title = Eich cynnydd
pr-progress-private = Dim ond yn y porwr hwn y cedwir sgoriau. Nid oes dim yn gadael y ddyfais hon ac nid oes cyfrif.
pr-summary-label = Crynodeb i'ch goruchwyliwr (dewiswch a chopïwch, neu argraffwch)
pr-summary-heading = Ystafell ymarfer Canllaw'r Pwmp Calon: crynodeb
pr-summary-line = { $name }: sgôr orau { $best } allan o 100 · cynigion: { $attempts } · wedi'u cwblhau: { $completed }
pr-summary-line-none = { $name }: heb roi cynnig arni eto
pr-print = Argraffu'r crynodeb
pr-clear = Dileu fy sgoriau
pr-progress-corrupt = Nid oedd modd darllen eich cofnod ymarfer a gadwyd. Mae wedi'i gadw o'r neilltu ac mae cofnod newydd wedi dechrau.

# Consol
con-heading = Consol y pwmp
con-sim-tag = efelychiad
con-no-pump = Dim pwmp yn rhedeg.
con-no-alarms = Dim larymau.
con-alarm-pump-stopped = Pwmp wedi stopio
con-alarm-suction = Sugno
con-alarm-position-ventricle = Safle yn y fentrigl
con-alarm-position-wrong = Safle anghywir
con-alarm-purge = Pwysedd purge uchel (llif purge isel)
con-alarm-position-unknown = Safle anhysbys (cyngor: curiad rhy wan i farnu)
con-priority-critical = Critigol
con-priority-serious = Difrifol
con-priority-advisory = Cyngor
con-sounding = Larwm yn canu: { $alarm } ({ $priority }).
con-muted = Larymau wedi'u tewi am { $time }. Bydd larwm newydd â blaenoriaeth uwch yn dal i ganu.
con-mute = Tewi larymau am 2 funud
con-mute-none = Dim ond tra bo larwm yn canu y mae tewi'n gweithio.
con-priority-note = Rheolau addysgu'r efelychiad hwn yw'r lefelau blaenoriaeth a'r tewi am 2 funud, nid gosodiadau consol go iawn. Gwiriwch y cyfarwyddiadau defnyddio cyfredol.
con-p-level = Lefel P
con-flow = Llif y pwmp
con-flow-range = ystod { $min }–{ $max }
con-placement = Signal lleoli
con-pressure-triplet = { $sys }/{ $dia } (cymedr { $mean })
con-wave-aortic = Tonffurf aortig
con-wave-ventricular = Tonffurf fentriglaidd
con-wave-unknown = Methu dweud
con-motor = Cerrynt y modur
con-current-pulsatile = Curiadol
con-current-flat = Gwastad
con-purge-pressure = Pwysedd purge
con-purge-flow = Llif purge
con-unit-rpm = rpm
con-unit-l-min = L/mun
con-unit-mmhg = mmHg
con-unit-ma = mA
con-unit-ml-h = ml/awr
con-intro = Mae'r consol yn rhedeg yn fyw ar y claf efelychiedig. Newidiwch y gosodiadau a gwyliwch y llif, y signal lleoli, cerrynt y modur a'r purge.
con-patient-label = Claf
con-patient-shock = Sioc cardiogenig, pwmp yn y safle cywir
con-patient-low-volume = Sioc gyda chyfaint gwaed isel
con-patient-rhf = Sioc gyda methiant ochr dde'r galon
con-patient-too-deep = Pwmp yn rhy ddwfn
con-patient-too-far-out = Pwmp yn rhy bell allan
con-controls-title = Gosodiadau
con-p-down = Gostwng y lefel P
con-p-up = Codi'r lefel P
con-p-help = Defnyddiwch y lefel isaf (o leiaf P-2) sy'n rhoi'r llif sydd ei angen. P-9 am 5 munud ar y mwyaf. (Cyfarwyddiadau'r gwneuthurwr)
con-mode = Modd
con-mode-auto = AUTO
con-mode-p = Lefel P
con-mode-auto-help = Defnyddir AUTO wrth ddechrau: mae'r pwmp yn codi i'r lefel a ddewiswyd dros 30 eiliad. Yma mae'n dechrau eto o P-0; mae'r botymau + a − yn newid y lefel y mae'n codi iddi. Mae'r consol go iawn yn newid i fodd lefel P ar ôl 3 awr. (Canllaw gosod y gwneuthurwr)
con-mode-p-help = Modd lefel P: chi sy'n gosod y lefel. (Cyfarwyddiadau'r gwneuthurwr)
con-purge-settings = Purge
con-dextrose = Crynodiad decstros
con-dextrose-down = Gostwng decstros 5 %
con-dextrose-up = Codi decstros 5 %
con-rate = Cyfradd purge
con-rate-down = Cyfradd purge i lawr 1
con-rate-up = Cyfradd purge i fyny 1
con-purge-help = Mae hylif purge yn cadw gwaed allan o'r modur: decstros 5–40 % (20 % yn aml) gyda heparin 25–50 IU/mL, neu bicarbonad 25–50 mEq/L pan nad oes eisiau heparin. Mae hylif tewach angen mwy o bwysedd. (Cyfarwyddiadau'r gwneuthurwr)
con-pause = Oedi'r efelychiad
con-trend-title = Tuedd (y funud olaf)
con-trend-legend = Llinell solet: llif y pwmp. Llinell doredig: pwysedd purge. Mae pob llinell wedi'i graddio i ffitio; mae'r tabl isod yn rhoi'r rhifau.
con-trend-caption = Darlleniadau, y diweddaraf gyntaf, un bob { $seconds } eiliad

# Ymarfer gosod
su-intro = Rhowch gamau'r consol, y purge a'r gosod ar gyfer pwmp dosbarth CP drwy'r forddwyd yn eu trefn. Dewiswch y cam nesaf; mae rhai camau'n gofyn am werth.
su-source = Camau, meintiau a thargedau: canllaw gosod y gwneuthurwr ar gyfer y model CP a NICE HTG775.
su-progress = Cam { $done } o { $total } wedi'i wneud
su-next = Beth ydych chi'n ei wneud nesaf?
su-finished = Pob cam wedi'i wneud.
su-done-title = Camau wedi'u gwneud
su-restart = Dechrau eto
su-result = Sgôr { $score } allan o 100 · camgymeriadau: { $mistakes } · amser { $time }.
su-fb-correct = Cywir: { $step }.
su-fb-too-early = Ddim eto: mae “{ $chosen }” yn dod yn nes ymlaen. Y nesaf yw “{ $expected }”. { $why }
su-fb-done = Mae “{ $step }” wedi'i wneud yn barod.
su-fb-answer-right = Cywir. { $why }
su-fb-answer-wrong = Ddim yn gywir. { $why }
su-step-console-purge = Paratoi'r consol a'r hylif purge
su-step-access = Mynediad i'r forddwyd a gwain fach
su-step-stiff-wire = Gwifren anystwyth 0.035″ ac ymledu fesul cam
su-step-large-sheath = Gosod y wain 14 Fr sy'n pilio
su-step-heparin = Rhoi heparin hyd at yr ACT ar gyfer gosod
su-step-pigtail = Cathetr pigtail dros wifren J i'r fentrigl chwith
su-step-placement-wire = Gwifren leoli siâp 0.018″ i frig y fentrigl chwith, pigtail allan
su-step-back-load = Llwytho'r pwmp yn ôl ar y wifren leoli
su-step-advance = Gwthio ar draws y falf aortig dan fflworosgopi
su-step-check-depth = Mewnfa tua 3.5 cm o dan yr annwlws aortig, tonffurf aortig ar y signal lleoli
su-step-remove-wire = Tynnu'r wifren leoli
su-step-start = Dechrau'r pwmp yn AUTO (yn codi dros 30 eiliad)
su-step-slack = Tynnu'r llacrwydd fel bod y cathetr yn gorwedd ar y crymedd lleiaf
su-step-confirm = Cadarnhau'r safle ar ddelweddu ac ar y consol
su-why-console-purge = Rhaid i'r purge fod yn barod cyn i'r pwmp fynd i mewn: mae'n cadw gwaed allan o'r modur.
su-why-access = Mae popeth arall yn mynd i mewn drwy'r mynediad.
su-why-stiff-wire = Mae'r wifren anystwyth a'r ymledu'n paratoi'r rhydweli ar gyfer y wain fawr.
su-why-large-sheath = Mae'r pwmp angen y wain fawr.
su-why-heparin = Rhaid i'r ACT fod ar y targed gosod cyn i gathetrau fynd i'r galon.
su-why-pigtail = Mae'r pigtail yn croesi'r falf yn ddiogel ac yn cario'r wifren leoli.
su-why-placement-wire = Caiff y pwmp ei wthio dros y wifren leoli siâp, sydd rhaid iddi fod yn y brig yn gyntaf.
su-why-back-load = Mae'r pwmp yn teithio ar y wifren leoli.
su-why-advance = Rhaid i'r pwmp groesi'r falf cyn gosod ei ddyfnder.
su-why-check-depth = Mae'r dyfnder a'r donffurf aortig yn cadarnhau bod y fewnfa yn y fentrigl a'r allfa yn yr aorta.
su-why-remove-wire = Daw'r wifren allan cyn i'r pwmp ddechrau.
su-why-start = Dechreuwch dim ond pan fydd y pwmp yn ei le a'r wifren allan.
su-why-slack = Mae llacrwydd yn gadael i'r pwmp symud i'r fentrigl.
su-why-confirm = Gwiriad olaf o'r safle ar ddelweddu ac ar y consol.
su-q-sheath = Pa wain sydd ei hangen ar y pwmp dosbarth CP?
su-a-sheath-9 = 9 Fr
su-a-sheath-12 = 12 Fr
su-a-sheath-14 = 14 Fr
su-a-sheath-21 = 21 Fr
su-why-q-sheath = Mae'r pwmp dosbarth CP yn 14 Fr ar gathetr 9 Fr ac angen gwain 14 Fr. Mae'r 2.5 yn 12 Fr ac yn mynd drwy wain 13 Fr (ISAR-SHOCK, JACC 2008); mae'r 5.0 a'r 5.5 yn 21 Fr. (Data dyfais y gwneuthurwr)
su-q-act = Pa ACT ydych chi'n anelu ato cyn gosod?
su-a-act-150 = O dan 150 eiliad
su-a-act-160 = Tua 160–180 eiliad
su-a-act-250 = 250 eiliad neu fwy
su-why-q-act = ACT 250 eiliad neu fwy i osod; tua 160–180 eiliad ar gymorth; o dan 150 eiliad cyn tynnu allan. (Cyfarwyddiadau'r gwneuthurwr)
su-q-purge = Pa hylif purge ydych chi'n ei roi yn y consol?
su-a-purge-saline = Halwynog plaen heb ychwanegyn
su-a-purge-d20-heparin = Decstros 20 % gyda heparin 25–50 IU/mL
su-a-purge-d50 = Decstros 50 %
su-why-q-purge = Decstros 5–40 % (20 % yn aml) gyda heparin 25–50 IU/mL, neu bicarbonad 25–50 mEq/L pan nad oes eisiau heparin. (Cyfarwyddiadau'r gwneuthurwr)

# Ymarfer lleoli
pos-intro = Symudwch y cathetr fesul 0.5 cm a darllenwch y consol. Yna dywedwch ble mae'r pwmp. Mae'r pwmp yn rhedeg ar P-2, y lefel a ddefnyddir wrth ei symud.
pos-round = Rownd { $n } o { $total }
pos-score = Safleoedd: { $right } o { $total } yn gywir · gweithredoedd cywir: { $actions }
pos-picture-label = Safle'r cathetr: defnyddiwch y bysellau saeth i fyny ac i lawr i dynnu'n ôl neu wthio ymlaen
pos-depth = Mewnfa { $depth } cm o dan y falf aortig (negatif: uwch ei phen, yn yr aorta)
pos-keys = Bysellau: saeth i fyny yn tynnu'n ôl 0.5 cm, saeth i lawr yn gwthio 0.5 cm.
pos-pull-back = Tynnu'n ôl 0.5 cm
pos-advance = Gwthio ymlaen 0.5 cm
pos-valve = falf
pos-aorta = aorta
pos-lv = fentrigl chwith
pos-inlet = mewnfa
pos-outlet = allfa
pos-question = Ble mae'r pwmp?
pos-call-correct = Safle cywir
pos-call-too-deep = Rhy ddwfn (i gyd yn y fentrigl)
pos-call-too-far-out = Rhy bell allan (i gyd yn yr aorta)
pos-call-unknown = Safle'n anhysbys o'r consol
pos-do-correct = Tonffurf aortig a cherrynt modur curiadol: mae'r fewnfa yn y fentrigl a'r allfa yn yr aorta. Cofnodwch y marc cm; gwiriwch ef bob dydd.
pos-do-too-deep = Tonffurf fentriglaidd a cherrynt modur gwastad. Dan ddelweddu gostyngwch i P-2, tynnwch yn ôl nes bod y donffurf aortig yn ymddangos, yna tua 4 cm arall.
pos-do-too-far-out = Tonffurf aortig ond cerrynt modur gwastad: mae'r pwmp cyfan yn yr aorta. Cadarnhewch â delweddu, gostyngwch i P-2 ac ail-leolwch.
pos-do-unknown = Mae curiad y galon ei hun yn rhy wan i'r consol farnu. Cadarnhewch y safle â delweddu.
pos-right = Cywir.
pos-wrong = Ddim yn gywir: “{ $truth }” yw hwn.
pos-next = Rownd nesaf
pos-restart = Dechrau eto
pos-source = Signalau safle a gweithredoedd: cyfarwyddiadau'r gwneuthurwr. Amcangyfrif y model yw'r pellter rhwng y fewnfa a'r allfa yn y llun.

# Positioning drill: hidden alarms and picture
con-alarms-hidden = Mae negeseuon larwm wedi'u cuddio yn y dril hwn: darllenwch y signal lleoli a cherrynt y modur.
pos-hidden = Mae'r llun wedi'i guddio nes i chi ateb, er mwyn i chi ymarfer darllen y consol. Gallwch barhau i symud y cathetr.
pos-show-picture = Dangos y llun

# Dril lleoli: beth i'w wneud
pos-what-now = Beth ydych chi'n ei wneud?
pos-action-wrong = Nid dyna'r weithred gywir.
pos-act-correct = Cadw'r safle; cofnodi'r marc cm a'i wirio bob dydd
pos-act-too-deep = Dan ddelweddu: P-2, tynnu'n ôl nes bod y donffurf aortig yn ymddangos, yna tua 4 cm arall
pos-act-too-far-out = Cadarnhau â delweddu, gostwng i P-2 ac ail-leoli
pos-act-unknown = Cadarnhau'r safle â delweddu

## Y cofnod perfformiad
pr-record-link = Eich cofnod ymarfer: pob cynnig ar senario, gyda dyddiadau a mesurau
pr-record-not-cert = Cofnod ymarfer o efelychydd ar y ddyfais hon yw hwn. Nid yw'n ardystiad o gymhwysedd, ac nid yw'n dweud dim am ofal claf go iawn.
pr-record-intro = Bob tro y byddwch yn gorffen senario, caiff ei ychwanegu yma: a gafodd y broblem ei datrys, a oedd eich ateb i'r cwestiwn agoriadol yn gywir, eich amser eich hun o'r adeg yr agorodd y gweithredoedd hyd at eich cam cywir cyntaf ar y consol, eich camau anghywir, a'ch galwadau am help.
pr-record-time-note = Mae'r amseroedd yn dangos eich amser eich hun ar y ddyfais hon. Maen nhw'n dibynnu ar y ddyfais ac ar ba mor gyflym rydych chi'n darllen, felly cymharwch eich cynigion eich hun, nid pobl.
pr-record-empty = Dim cynigion ar senarios eto. Gorffennwch senario a bydd yn ymddangos yma.
pr-record-span = { $count ->
    [zero] Dim cynigion eto.
    [one] Un cynnig, ar { $first }.
    [two] { $count } gynnig, o { $first } i { $last }.
    [few] { $count } chynnig, o { $first } i { $last }.
    [many] { $count } chynnig, o { $first } i { $last }.
   *[other] { $count } cynnig, o { $first } i { $last }.
}
pr-record-summary-caption = Cynnydd ym mhob senario: eich cynnig cyntaf a'ch un diweddaraf
pr-record-col-scenario = Senario
pr-record-col-attempts = Cynigion (wedi'u datrys)
pr-record-col-first = Cynnig cyntaf
pr-record-col-latest = Cynnig diweddaraf
pr-record-col-answers = Cwestiwn agoriadol yn gywir
pr-record-col-scores = Sgoriau, o'r hynaf i'r diweddaraf
pr-record-attempt-cell = { $date }: sgôr { $score }, cam cywir cyntaf: { $time }, { $wrong ->
    [zero] dim camau anghywir
    [one] { $wrong } cam anghywir
    [two] { $wrong } gam anghywir
    [few] { $wrong } cham anghywir
    [many] { $wrong } cham anghywir
   *[other] { $wrong } cam anghywir
}
pr-record-time = { $seconds } eiliad
pr-record-no-time = dim un wedi'i wneud
pr-record-answers = { $right } o { $answered }
pr-record-all-caption = Pob cynnig, y diweddaraf gyntaf
pr-record-col-date = Dyddiad
pr-record-col-solved = Wedi'i ddatrys
pr-record-col-answer = Cwestiwn agoriadol
pr-record-col-time = Amser i'r cam cywir cyntaf
pr-record-col-wrong = Camau anghywir
pr-record-col-help = Galwadau am help
pr-record-col-score = Sgôr
pr-record-answer-right = cywir
pr-record-answer-wrong = ddim yn gywir
pr-record-answer-none = heb ei ateb
pr-record-print = Argraffu'r cofnod
pr-record-print-note = Mae'r cofnod argraffedig yn un dudalen: y tabl cynnydd, gyda'ch enw a llinell ar gyfer goruchwyliwr. Mae pob cynnig wedi'i restru isod, ar y sgrin yn unig.
pr-record-name = Enw: ______________________________
pr-record-checked = Gwelwyd gan (goruchwyliwr), gyda dyddiad: ______________________________
pr-record-delete = Dileu'r cofnod
pr-record-delete-confirm = Dileu pob cynnig yn y cofnod hwn? Nid oes modd dadwneud hyn.
pr-record-delete-yes = Ie, dilëwch ef
pr-record-delete-no = Na, cadwch ef
pr-record-deleted = Cafodd y cofnod ei ddileu.
pr-record-corrupt = Nid oedd modd darllen cofnod ymarfer a gadwyd. Mae wedi'i gadw o'r neilltu ar y ddyfais hon, heb ei ddileu, ac mae cofnod newydd wedi dechrau.
pr-record-stuck = Nid oedd modd darllen cofnod ymarfer a gadwyd, ac nid oes lle ar y ddyfais hon i gadw copi o'r neilltu. Mae wedi'i adael fel y mae, ac nid yw cynigion newydd yn cael eu cadw. Gwnewch le yn storfa'r porwr, neu dilëwch yr hyn a gadwodd y canllaw hwn (ar y dudalen “Am y canllaw hwn a'i ffynonellau”).
