## Strona dla pacjentów: jak zakłada się pompę, jeden krok na ekran.

insertion-title = Jak wprowadza się pompę
insertion-intro = Tu pokazujemy krok po kroku, jak to zwykle wygląda. Piszemy „Ty”, ale pompę może mieć ktoś z Twojej rodziny. W każdym szpitalu robi się to trochę inaczej. Twój zespół może powiedzieć, jak będzie to wyglądać.

insertion-1-title = Przygotowanie
insertion-1-body = Zwykle odbywa się to w [pracowni hemodynamiki](cath-lab). To sala z aparatami rentgenowskimi, w której bada się i leczy serce.
insertion-1-feel = Osoba, której zakłada się pompę – Ty albo ktoś z Twojej rodziny – dostanie [znieczulenie ogólne](general-anaesthetic), więc będzie głęboko spać. Albo dostanie [sedację](sedation), czyli leki, które uspokajają i usypiają, oraz lek znieczulający skórę. Wiele osób we wstrząsie jest już uśpionych i podłączonych do [respiratora](breathing-machine). Jeśli nie śpisz, powiedz zespołowi, gdy coś Cię boli.
insertion-1-alt = Uśpiona osoba leżąca na stole, z kroplówką i monitorem pracy serca.

insertion-2-title = Do naczynia krwionośnego w pachwinie
insertion-2-body = Lekarz wkłuwa igłę do dużego naczynia krwionośnego w górnej części nogi. To [tętnica udowa](femoral-artery).
insertion-2-feel = Wprowadza się krótką, pustą w środku rurkę, nazywaną [koszulką naczyniową](sheath). Działa jak drzwi do naczynia krwionośnego. Zespół podaje też [lek rozrzedzający krew](blood-thinner), żeby nie powstawały zakrzepy.
insertion-2-alt = Zarys ciała. Kółko zaznacza pachwinę, gdzie krótka rurka wchodzi do naczynia krwionośnego w nodze.

insertion-3-title = W górę, do serca
insertion-3-body = Pompa na cienkiej rurce wchodzi przez koszulkę. Lekarz prowadzi ją w górę [aortą](aorta), w stronę serca.
insertion-3-feel = [Obraz RTG](x-ray) na ekranie przez cały czas pokazuje lekarzowi, gdzie jest pompa.
insertion-3-alt = Zarys ciała. Rurka biegnie od pachwiny w górę głównym naczyniem krwionośnym, w stronę serca.

insertion-4-title = Przez zastawkę
insertion-4-body = [Zastawka aortalna](aortic-valve) to drzwi między sercem a aortą. Lekarz delikatnie przeprowadza przez nią pompę.
insertion-4-feel = Końcówka pompy jest teraz w [lewej komorze](left-ventricle), czyli w głównej części serca, która pompuje krew.
insertion-4-alt = Zbliżenie serca. Pompa przechodzi przez zastawkę do głównej pompującej części serca.

insertion-5-title = Sprawdzenie położenia
insertion-5-body = Pompa musi leżeć dokładnie we właściwym miejscu. Krew musi wpływać do niej przez końcówkę, wewnątrz serca. Wypływać musi powyżej zastawki.
insertion-5-feel = Zespół sprawdza to za pomocą RTG albo [echa serca](echo). Konsola też pokazuje sygnały, które mówią, gdzie jest pompa.
insertion-5-alt = Zbliżenie serca z aparatem rentgenowskim nad nim. Dwa kółka zaznaczają, gdzie krew wpływa, a gdzie wypływa.

insertion-6-title = Konsola uruchamia pompę
insertion-6-body = Rurkę podłącza się do [konsoli](console), czyli urządzenia przy łóżku. Pompa rusza powoli, a potem przyspiesza.
insertion-6-feel = Konsola pokazuje, ile krwi przepompowuje pompa. Gdy coś trzeba sprawdzić, włącza alarm. Alarmy są czymś normalnym, a zespół wie, co wtedy robić.
insertion-6-alt = Zbliżenie serca z pompą na miejscu, strzałkami pokazującymi przepływ krwi i konsolą z ekranem.

insertion-7-title = Potem, na oddziale intensywnej terapii
insertion-7-body = Osoba z pompą – Ty albo ktoś z Twojej rodziny – będzie leżeć na [oddziale intensywnej terapii](intensive-care). Pompa zwykle zostaje w ciele przez kilka dni.
insertion-7-feel = Trzeba leżeć dość płasko, z wyprostowaną nogą, żeby rurka się nie przesunęła. Pielęgniarki często sprawdzają pachwinę i tętno na stopie.
insertion-7-alt = Osoba leżąca w łóżku szpitalnym z wyprostowaną nogą, obok monitor pracy serca i pielęgniarka.

insertion-8-title = Jeśli zamiast tego pompę wprowadza się w okolicy pachy
insertion-8-body = Czasem naczynia w nogach są za wąskie albo potrzebna jest większa pompa. Wtedy chirurg robi nacięcie w pobliżu pachy. Przyszywa krótką rurkę do znajdującego się tam naczynia krwionośnego, czyli [tętnicy pachowej](axillary-artery). Pompę wprowadza się przez tę rurkę.
insertion-8-feel = To operacja wykonywana przez chirurga, w znieczuleniu. Większe pompy zakładane w ten sposób mogą zostać w ciele dłużej. NICE wydaje osobne zalecenia dotyczące tej drogi.
insertion-8-alt = Zarys ciała. Kółko zaznacza okolicę pachy, gdzie wchodzi rurka, która biegnie w dół do serca.

insertion-next = Dalej: korzyści i ryzyko w liczbach
