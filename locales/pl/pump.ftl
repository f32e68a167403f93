## Strona dla pacjenta: czym jest pompa, co robi i czego nie potrafi.

pump-title = Czym jest pompa serca
pump-intro = [Pompa serca](heart-pump) jest malutka. Znajduje się blisko końca cienkiej, giętkiej rurki, którą nazywamy [cewnikiem](catheter). Wprowadza się ją przez naczynie krwionośne, więc nie trzeba otwierać klatki piersiowej.

pump-where-title = Gdzie się znajduje
pump-where-1 = Główną częścią serca, która pompuje krew, jest [lewa komora](left-ventricle). Wypycha ona krew do [aorty](aorta). Aorta to główne naczynie krwionośne w ciele.
pump-where-2 = Pompa przechodzi przez [zastawkę aortalną](aortic-valve), czyli „drzwi” między nimi. Jej końcówka jest w sercu. Drugi koniec jest w aorcie.

pump-does-title = Co robi
pump-does-1 = Krew wpływa do końcówki pompy, wewnątrz serca. Pompa wypycha ją do aorty, tuż nad zastawką.
pump-does-2 = W ten sposób pompa wykonuje część pracy serca. Serce może odpocząć i może mu się poprawić. Pompa pomaga też utrzymać przepływ krwi do narządów.
pump-does-3 = Czasem pompa pomaga, gdy ktoś czeka na nowe serce ([przeszczep serca](transplant)) albo na pompę, która zostanie w ciele na stałe.
pump-does-4 = Pompą steruje [konsola](console) stojąca przy łóżku. Konsola ustawia prędkość pompy. Sprawdza, czy pompa działa i czy jest we właściwym miejscu.
pump-flow = Mniejsza z pomp wprowadzanych przez pachwinę może przepompować do 2,5 litra krwi na minutę. Większa może przepompować do 4,3 litra na minutę – tak podaje producent. Ilość zależy od modelu i od prędkości, którą ustawi zespół.

pump-cannot-title = Czego nie potrafi
pump-cannot-1 = Pomaga tylko lewej stronie serca. Prawa strona pompuje krew do płuc. Jeśli prawa strona też jest bardzo słaba, sama ta pompa nie wystarczy.
pump-cannot-2 = Nie usuwa przyczyny. Zespół nadal musi leczyć zawał serca lub inny problem.
pump-cannot-3 = Zakłada się ją tylko na krótko, zwykle na kilka dni.
pump-cannot-4 = Nie jest bezpieczna dla każdego. Na przykład może nie być stosowana przy niektórych chorobach zastawek, przy skrzepie krwi w sercu albo przy bardzo wąskich tętnicach w nogach.

pump-nice-title = Co mówi NICE
pump-nice-1 = NICE doradza brytyjskiej publicznej służbie zdrowia (NHS) w sprawie leczenia. NICE mówi, że nie wiadomo jeszcze na pewno, jak dobrze działa ta pompa ani jak bardzo jest bezpieczna.
pump-nice-2 = Dlatego NHS może ją stosować tylko wtedy, gdy jednocześnie zbiera się więcej danych. Twoje dane i informacje o tym, jak sobie radzisz, trafiają do [rejestru](registry). Potem będziesz mieć wizyty kontrolne.
pump-nice-3 = Powinny ją stosować tylko szpitale, które w nagłym przypadku mogą udrożnić zatkane naczynia serca i mają na miejscu [oddział intensywnej terapii](intensive-care). Wprowadza ją specjalnie przeszkolony personel. Lekarze nie muszą jej proponować.
pump-signpost-title = Więcej informacji i wsparcia
pump-signpost-intro = NICE poleca te strony internetowe. Każdy link otwiera się w nowej karcie i wyprowadza Cię z tego przewodnika.
pump-signpost-nhs-complications = Strona NHS: powikłania zawału serca
pump-signpost-nhs-hospitals = Strona NHS: usługi szpitali NHS
pump-signpost-nhs-referrals = Strona NHS: skierowania do opieki specjalistycznej
pump-signpost-nice-procedures = NICE: co oznaczają jego zalecenia dotyczące takich zabiegów jak ten
pump-signpost-nice-recommendations = NICE: jakie rodzaje zaleceń wydaje – dla pacjentów i opiekunów
pump-signpost-healthwatch = Healthwatch: znajdź lokalną organizację Healthwatch, która udzieli wsparcia
pump-signpost-leaves = (otwiera się w nowej karcie i wyprowadza z tego przewodnika)
pump-signpost-not-ours = Te strony internetowe nie są częścią tego przewodnika. Za ich treść odpowiadają ich właściciele.
pump-next = Dalej: jak wprowadza się pompę
pump-picture = Rysunek: pompa przechodzi przez zastawkę. Krew wpływa do końcówki w sercu i wypływa do aorty.
pump-see-demo = Zobacz, jak działa: model słabego serca na żywo, z pompą i bez niej
