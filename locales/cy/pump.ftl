## Tudalen i gleifion: beth yw’r pwmp a beth mae’n ei wneud, a beth na all ei wneud.

pump-title = Beth yw’r pwmp calon
pump-intro = Mae’r [pwmp calon](heart-pump) yn fach iawn. Mae’n eistedd ger pen tiwb tenau, hyblyg o’r enw [cathetr](catheter). Mae’n mynd i mewn drwy bibell waed, felly nid oes angen agor y frest.

pump-where-title = Ble mae’n eistedd
pump-where-1 = Prif ran bwmpio’r galon yw’r [fentrigl chwith](left-ventricle). Mae’n gwthio gwaed allan i’r [aorta](aorta). Yr aorta yw prif bibell waed y corff.
pump-where-2 = Mae’r pwmp yn gorwedd ar draws y [falf aortig](aortic-valve), y drws rhwng y ddau. Mae ei flaen y tu mewn i’r galon. Mae ei ben arall yn yr aorta.
pump-picture = Llun: mae’r pwmp yn gorwedd ar draws y falf. Mae gwaed yn mynd i mewn wrth y blaen, y tu mewn i’r galon, ac yn dod allan yn yr aorta.

pump-does-title = Beth mae’n ei wneud
pump-does-1 = Mae gwaed yn mynd i mewn wrth y blaen, y tu mewn i’r galon. Mae’r pwmp yn ei wthio allan i’r aorta, ychydig uwchben y falf.
pump-does-2 = Mae hyn yn gwneud rhywfaint o waith y galon. Gall y galon orffwys, ac efallai y bydd yn gwella. Mae’r pwmp hefyd yn helpu i gadw gwaed i lifo i’r organau.
pump-does-3 = Weithiau mae’r pwmp yn helpu tra bydd person yn aros am galon newydd ([trawsblaniad calon](transplant)) neu am bwmp sy’n aros i mewn am byth.
pump-does-4 = Mae [consol](console) wrth ymyl y gwely yn rhedeg y pwmp. Mae’n gosod y cyflymder. Mae’n gwirio bod y pwmp yn gweithio ac yn y lle iawn.
pump-flow = Gall y pwmp llai sy’n mynd i mewn drwy’r afl symud hyd at 2.5 litr o waed y funud. Gall yr un mwy symud hyd at 4.3 litr y funud, yn ôl ei wneuthurwr. Mae’r swm yn dibynnu ar y model ac ar y cyflymder mae’r tîm yn ei osod.

pump-cannot-title = Beth na all ei wneud
pump-cannot-1 = Dim ond ochr chwith y galon y mae’n ei helpu. Mae’r ochr dde yn pwmpio gwaed i’r ysgyfaint. Os yw’r ochr dde hefyd yn wan iawn, nid yw’r pwmp hwn yn ddigon ar ei ben ei hun.
pump-cannot-2 = Nid yw’n trwsio’r achos. Mae angen i’r tîm drin y trawiad ar y galon neu’r broblem arall o hyd.
pump-cannot-3 = Dim ond am amser byr y mae, fel arfer am ychydig ddyddiau.
pump-cannot-4 = Nid yw’n ddiogel i bawb. Er enghraifft, efallai na chaiff ei ddefnyddio gyda rhai problemau falf, tolchen waed y tu mewn i’r galon, neu bibellau gwaed cul iawn yn y coesau.

pump-nice-title = Beth mae NICE yn ei ddweud
pump-nice-1 = Mae NICE yn rhoi cyngor i’r GIG am driniaethau. Mae NICE yn dweud nad yw’n sicr eto pa mor dda mae’r pwmp hwn yn gweithio na pha mor ddiogel ydyw.
pump-nice-2 = Felly dim ond tra bydd mwy o dystiolaeth yn cael ei chasglu y gall y GIG ei ddefnyddio. Bydd eich manylion, a sut rydych chi’n dod ymlaen, yn mynd i [gofrestrfa](registry). Bydd gennych apwyntiadau dilynol wedyn.
pump-nice-3 = Dim ond ysbytai sy’n gallu agor pibellau gwaed y galon sydd wedi’u blocio mewn argyfwng, gyda [gofal dwys](intensive-care) ar y safle, ddylai ei ddefnyddio. Staff sydd wedi cael hyfforddiant arbennig sy’n ei osod. Nid oes rhaid i feddygon ei gynnig.
pump-signpost-title = Rhagor o wybodaeth a chymorth
pump-signpost-intro = Mae NICE yn awgrymu’r gwefannau hyn. Mae pob dolen yn agor mewn tab newydd ac yn mynd â chi allan o’r canllaw hwn.
pump-signpost-nhs-complications = Gwefan y GIG (NHS): cymhlethdodau trawiad ar y galon
pump-signpost-nhs-hospitals = Gwefan y GIG (NHS): gwasanaethau ysbytai’r GIG
pump-signpost-nhs-referrals = Gwefan y GIG (NHS): atgyfeirio at ofal arbenigol
pump-signpost-nice-procedures = NICE: beth mae ei gyngor ar driniaethau fel hon yn ei olygu
pump-signpost-nice-recommendations = NICE: y mathau o gyngor mae’n eu rhoi, i gleifion a gofalwyr
pump-signpost-healthwatch = Healthwatch: dod o hyd i’ch Healthwatch lleol i gael cymorth
pump-signpost-leaves = (yn agor tab newydd ac yn gadael y canllaw hwn)
pump-signpost-not-ours = Nid yw’r gwefannau hyn yn rhan o’r canllaw hwn. Eu perchnogion sy’n gyfrifol am yr hyn maen nhw’n ei ddweud.
pump-next = Nesaf: sut mae’r pwmp yn cael ei osod
pump-see-demo = Gweld sut mae’n gweithio: model byw o galon wan gyda’r pwmp a hebddo
