## Tudalen i gleifion: sut mae’r pwmp yn cael ei osod, un cam ar bob sgrin.

insertion-title = Sut mae’r pwmp yn cael ei osod
insertion-intro = Mae hyn yn dangos beth sy’n digwydd fel arfer, un cam ar y tro. Rydym yn dweud “chi”, ond efallai mai’r aelod o’ch teulu sy’n cael y pwmp. Mae pob ysbyty’n gwneud pethau ychydig yn wahanol. Gall eich tîm ddweud wrthych beth fyddant yn ei wneud.

insertion-1-title = Paratoi
insertion-1-body = Mae’n digwydd fel arfer yn y [labordy cath](cath-lab). Ystafell yw hon gyda pheiriannau pelydr-X ar gyfer profion a thriniaethau’r galon.
insertion-1-feel = Byddwch chi, neu’r aelod o’ch teulu, yn cael [anesthetig cyffredinol](general-anaesthetic), felly byddwch yn cysgu’n llwyr. Neu byddwch yn cael [tawelydd](sedation), sy’n eich gwneud yn dawel ac yn gysglyd, a meddyginiaeth fferru yn y croen. Mae llawer o bobl mewn sioc eisoes yn cysgu, ar [beiriant anadlu](breathing-machine). Os ydych yn effro, dywedwch wrth y tîm os oes unrhyw beth yn brifo.
insertion-1-alt = Person yn gorwedd yn cysgu ar fwrdd, gyda drip a monitor y galon.

insertion-2-title = I mewn i’r bibell waed yn yr afl
insertion-2-body = Mae’r meddyg yn rhoi nodwydd yn y bibell waed fawr ar dop y goes. Hon yw’r [rhydweli forddwydol](femoral-artery).
insertion-2-feel = Mae tiwb byr, gwag o’r enw [gwain](sheath) yn mynd i mewn. Mae’n gweithio fel drws i mewn i’r bibell waed. Mae’r tîm hefyd yn rhoi [teneuwr gwaed](blood-thinner) i atal tolchenni.
insertion-2-alt = Amlinell corff. Mae cylch yn dangos yr afl, lle mae tiwb byr yn mynd i mewn i bibell waed y goes.

insertion-3-title = I fyny at y galon
insertion-3-body = Mae’r pwmp, ar ei diwb tenau, yn mynd i mewn drwy’r wain. Mae’r meddyg yn ei arwain i fyny’r [aorta](aorta) tuag at y galon.
insertion-3-feel = Mae lluniau [pelydr-X](x-ray) ar sgrin yn dangos i’r meddyg ble mae bob eiliad.
insertion-3-alt = Amlinell corff. Mae’r tiwb yn rhedeg o’r afl i fyny’r brif bibell waed tuag at y galon.

insertion-4-title = Ar draws y falf
insertion-4-body = Y [falf aortig](aortic-valve) yw’r drws rhwng y galon a’r aorta. Mae’r meddyg yn symud y pwmp drwyddi yn ofalus.
insertion-4-feel = Mae blaen y pwmp nawr y tu mewn i’r [fentrigl chwith](left-ventricle), prif ran bwmpio’r galon.
insertion-4-alt = Llun agos o’r galon. Mae’r pwmp yn mynd drwy’r falf i mewn i’r brif ran bwmpio.

insertion-5-title = Gwirio’r lle
insertion-5-body = Rhaid i’r pwmp eistedd yn union yn y lle iawn. Rhaid i waed fynd i mewn wrth y blaen, y tu mewn i’r galon. Rhaid iddo ddod allan uwchben y falf.
insertion-5-feel = Mae’r tîm yn gwirio hyn gyda phelydr-X neu sgan [ecocardiogram](echo). Mae’r consol hefyd yn dangos arwyddion o ble mae’r pwmp.
insertion-5-alt = Llun agos o’r galon gyda chamera pelydr-X uwch ei phen. Mae dau gylch yn dangos ble mae gwaed yn mynd i mewn a ble mae’n dod allan.

insertion-6-title = Mae’r consol yn cychwyn y pwmp
insertion-6-body = Mae’r tiwb wedi’i gysylltu â [chonsol](console), peiriant wrth ymyl y gwely. Mae’r pwmp yn cychwyn yn araf, yna’n cyflymu.
insertion-6-feel = Mae’r consol yn dangos faint o waed mae’r pwmp yn ei symud. Mae’n canu larwm os oes angen gwirio rhywbeth. Mae’n arferol clywed larymau, ac mae’r tîm yn gwybod beth i’w wneud.
insertion-6-alt = Llun agos o’r galon gyda’r pwmp yn ei le, saethau’n dangos llif y gwaed, a chonsol gyda sgrin.

insertion-7-title = Wedyn, yn yr uned gofal dwys
insertion-7-body = Byddwch chi, neu’r aelod o’ch teulu, yn cael gofal yn yr [uned gofal dwys](intensive-care). Mae’r pwmp fel arfer yn aros i mewn am ychydig ddyddiau.
insertion-7-feel = Mae angen i chi orwedd yn eithaf gwastad, gyda’r goes yn syth, er mwyn i’r tiwb aros yn ei le. Mae nyrsys yn gwirio’r afl a’r pwls yn eich troed yn aml.
insertion-7-alt = Person yn gorwedd mewn gwely ysbyty gyda choes syth, wrth ymyl monitor y galon, gyda nyrs wrth ei ochr.

insertion-8-title = Os defnyddir y gesail yn lle hynny
insertion-8-body = Weithiau mae pibellau gwaed y goes yn rhy gul, neu mae angen pwmp mwy. Yna mae llawfeddyg yn gwneud toriad ger y gesail. Mae’n gwnïo tiwb byr ar y bibell waed yno, sef y [rhydweli geseiliol](axillary-artery). Mae’r pwmp yn mynd i mewn drwy’r tiwb hwn.
insertion-8-feel = Llawdriniaeth gan lawfeddyg yw hon, gydag anesthetig. Gall pympiau mwy sy’n cael eu gosod fel hyn aros i mewn am fwy o amser. Mae NICE yn rhoi cyngor ar wahân ar y ffordd hon.
insertion-8-alt = Amlinell corff. Mae cylch yn dangos yr ardal ger y gesail, lle mae’r tiwb yn mynd i mewn ac yn rhedeg i lawr at y galon.

insertion-next = Nesaf: manteision a risgiau mewn rhifau
