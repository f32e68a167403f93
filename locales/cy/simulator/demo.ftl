## "Sut mae’r pwmp yn gweithio": efelychiad byw o’r galon a’r pwmp.

demo-title = Sut mae’r pwmp yn gweithio
demo-intro-patient = Model cyfrifiadurol o galon a’r pwmp yw hwn. Dewiswch sefyllfa. Trowch y pwmp ymlaen a gwyliwch sut mae’n helpu calon wan.
demo-intro-clinician = Model paramedr-cryno o’r galon a’r cylchrediad (fentriglau elastans sy’n newid gydag amser, pibellau windkessel) gyda phwmp microechelinol ar draws y falf aortig. Newidiwch y galon, y cyfaint a lefel y pwmp a gwyliwch y pwysau, y llifoedd a’r ddolen pwysau–cyfaint yn ymateb.
demo-model-note = Daw’r rhifau hyn o fodel addysgu, nid o berson go iawn. Maen nhw’n dangos sut mae’r pwmp yn gweithio yn gyffredinol. Ni allan nhw ddweud beth fydd yn digwydd i unrhyw glaf unigol.

demo-controls-title = Rheolyddion
demo-situation = Sefyllfa
demo-preset-healthy = Calon iach
demo-preset-shock = Sioc gardiogenig
demo-preset-deteriorating = Sioc yn gwaethygu
demo-preset-rhf = Sioc gydag ochr dde’r galon yn wan
demo-preset-low-volume = Sioc gyda rhy ychydig o waed

demo-pump-group = Y pwmp
demo-pump-on = Pwmp wedi’i droi ymlaen
demo-device = Maint y pwmp
demo-device-25 = Pwmp bach (dosbarth 2.5)
demo-device-cp = Pwmp canolig (dosbarth CP)
demo-device-55 = Pwmp mawr (dosbarth 5.5)
demo-device-none = Dim pwmp
demo-device-max = Y mwyaf y gall y pwmp hwn ei symud: { $flow } litr y funud (ffigur y gwneuthurwr).
demo-p-level = Lefel y pwmp (lefel P)
demo-p-level-value = P-{ $level }

demo-heart-group = Y galon a’r cylchrediad
demo-contractility = Cryfder cyhyr y galon (LV Ees)
demo-heart-rate = Cyfradd curiad y galon
demo-blood-volume = Cyfaint y gwaed
demo-resistance = Gwrthiant fasgwlaidd systemig
demo-baroreflex = Baroatgyrch ymlaen (rheolaeth pwysedd gwaed y corff ei hun)
demo-clamped = Cadwyd { $control } ar { $value }, terfyn diogel y model.

demo-playback = Chwarae
demo-play = Chwarae
demo-pause = Oedi
demo-speed = Cyflymder
demo-speed-1 = Amser real
demo-speed-half = Hanner cyflymder
demo-speed-quarter = Chwarter cyflymder
demo-reduced-motion = Mae’r animeiddiad wedi’i oedi oherwydd bod eich dyfais yn gofyn am lai o symud. Mae’r llun a’r rhifau’n dal i newid pan fyddwch yn newid rhywbeth. Pwyswch Chwarae i’w redeg.

demo-view = Golwg
demo-view-patient = Syml
demo-view-clinician = Manwl

control-decrease = Llai: { $control }
control-increase = Mwy: { $control }

demo-alert-suction = Mae’r pwmp yn brin o waed. Nid oes digon o waed yn y galon i’r pwmp ei dynnu. Byddai tîm gofal yn gwirio a oes angen mwy o hylif, yn troi’r pwmp i lawr ychydig ac yn gwirio ei safle.
demo-alert-low-pressure = Mae pwysedd y gwaed yn beryglus o isel: mae’r rhif uchaf o dan 90. (Meini prawf sioc: Pepe et al., Shock 2020)
demo-no-alerts = Dim rhybuddion.

demo-picture-title = Y galon a’r pwmp
demo-pic-aorta = Aorta
demo-pic-la = Atriwm chwith
demo-pic-lv = Fentrigl chwith
demo-pic-inlet = Mewnfa
demo-pic-outlet = Allfa
demo-pic-key = Mae’r siapiau coch yn waed yn y galon. Y llinell lwyd yw tiwb tenau’r pwmp. Mae’r llinellau toredig sy’n symud yn dangos gwaed yn mynd drwy’r pwmp, o’r fewnfa yn y galon i’r allfa yn yr aorta. Mae’r falfiau’n agor ac yn cau wrth i’r galon guro.
demo-pic-description = Llun o ochr chwith y galon. { $pump ->
    [on] Mae’r pwmp yn eistedd ar draws y falf ac yn symud { $flow } litr y funud.
   *[off] Nid oes pwmp.
}

demo-summary-heart = Mae’r galon ei hun yn pwmpio { $native } litr o waed y funud.
demo-summary-pump = Mae’r pwmp yn ychwanegu { $pump } litr y funud.
demo-summary-pump-off = Mae’r pwmp wedi’i ddiffodd.
demo-summary-total = Gyda’i gilydd, mae’r corff yn cael { $total } litr y funud.
demo-summary-healthy = I gymharu, mae’r galon iach yn y model hwn yn pwmpio { $healthy } litr y funud.
demo-summary-pressure = Pwysedd gwaed: { $sbp } dros { $dbp } mmHg.

demo-charts-title = Pwysau, llifoedd a gwaith y galon
demo-pressure-chart = Pwysau dros amser
demo-flow-chart = Llif gwaed dros amser
demo-pv-chart = Dolen pwysau–cyfaint y fentrigl chwith
demo-response-chart = Beth mae pob lefel pwmp yn ei wneud i’r galon hon
demo-axis-time = Amser (e)
demo-axis-pressure = Pwysau (mmHg)
demo-axis-flow = Llif (L/mun)
demo-axis-volume = Cyfaint y fentrigl chwith (ml)
demo-axis-p-level = Lefel P
demo-series-aortic = Aorta
demo-series-lv = Fentrigl chwith
demo-series-la = Atriwm chwith
demo-series-native = Allbwn y galon ei hun
demo-series-pump = Pwmp
demo-series-total = Cyfanswm
demo-series-loop = Y galon hon nawr
demo-series-healthy = Calon iach
demo-series-snapshot = Ciplun wedi’i gadw
demo-response-total = Cyfanswm allbwn (L/mun)
demo-response-map = Pwysau cymedrig (mmHg)
demo-response-lvedp = Pwysau llenwi LVEDP (mmHg)
demo-response-cpo = Pŵer cardiaidd (W)
demo-response-table = Tabl o bob lefel pwmp
demo-response-computing = Yn cyfrifo lefelau’r pwmp: { $done } o { $total } wedi’u gwneud.
demo-pv-explain = Mae pob curiad yn tynnu dolen: mae’r galon yn llenwi (gwaelod), yn gwasgu (ochr dde), yn gwthio gwaed allan (top) ac yn ymlacio (ochr chwith). Mae dolen ymhellach i’r chwith yn golygu calon sydd wedi’i hymestyn yn llai. Mae dolen lai yn golygu llai o waith.

demo-table-last-beat = Y curiad diwethaf
demo-table-measure = Mesur
demo-table-value = Gwerth
demo-table-level = Lefel
demo-m-sbp = Pwysau uchaf (systolig), mmHg
demo-m-dbp = Pwysau isaf (diastolig), mmHg
demo-m-map = Pwysedd arterol cymedrig, mmHg
demo-m-hr = Cyfradd curiad y galon, curiadau y funud
demo-m-native = Allbwn y galon ei hun, L/mun
demo-m-pump = Llif y pwmp, L/mun
demo-m-total = Cyfanswm allbwn, L/mun
demo-m-ci = Mynegai cardiaidd (arwynebedd corff { $bsa } m²), L/mun/m²
demo-m-sv = Cyfaint strôc, ml
demo-m-lvedp = Pwysau diwedd-diastolig y fentrigl chwith, mmHg
demo-m-lvedv = Cyfaint diwedd-diastolig y fentrigl chwith, ml
demo-m-lvesv = Cyfaint diwedd-systolig y fentrigl chwith, ml
demo-m-ef = Ffracsiwn alldaflu, %
demo-m-lvpeak = Pwysau brig y fentrigl chwith, mmHg
demo-m-pcwp = Pwysau’r atriwm chwith (wedge), mmHg
demo-m-cvp = Pwysedd gwythiennol canolog, mmHg
demo-m-sw = Gwaith strôc, J
demo-m-pva = Arwynebedd pwysau–cyfaint, J
demo-m-cpo = Allbwn pŵer cardiaidd, W
demo-m-av-open = Agorodd y falf aortig
demo-m-suction = Sugno
demo-yes = Do
demo-no = Naddo

demo-console-title = Beth fyddai’r consol yn ei ddangos
demo-c-level = Lefel P
demo-c-speed = Cyflymder y modur, rpm
demo-c-flow = Llif y pwmp (isaf–uchaf), L/mun
demo-c-placement = Signal lleoli (uchaf/isaf), mmHg
demo-c-waveform = Tonffurf lleoli
demo-c-current = Cerrynt y modur (uchaf/isaf), mA
demo-c-pulsatile = Cerrynt y modur yn curiadol
demo-wave-aortic = Aortig
demo-wave-ventricular = Fentriglaidd
demo-wave-unknown = Safle’n anhysbys
demo-metrics-title = Holl fesurau’r curiad diwethaf

demo-compare-title = Cymharu
demo-compare-help = Cadwch giplun, er enghraifft sioc heb y pwmp, yna newidiwch rywbeth a chymharu.
demo-compare-freeze = Cadw ciplun
demo-compare-clear = Clirio’r ciplun
demo-compare-snapshot = Ciplun
demo-compare-now = Nawr
demo-compare-saved = Ciplun wedi’i gadw: { $situation }, { $pump }.
demo-compare-pump-off = pwmp i ffwrdd
demo-compare-pump-on = { $device } ar P-{ $level }
