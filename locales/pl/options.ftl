## Strona dla pacjentów: inne możliwości i co się dzieje bez pompy.

options-title = Inne możliwości i co się dzieje bez pompy
options-intro = Pompa to jedna z możliwości. Nie jest dobra dla każdego. Poniżej opisujemy inne możliwości. Tam, gdzie je mamy, podajemy liczby na 100 osób. Zespół medyczny wyjaśni, które z nich mogą pasować.
options-no-numbers = Dla tej możliwości nie mamy z badań liczb na 100 osób.

options-usual-title = Standardowe leczenie (bez pompy mikroosiowej)
options-usual-1 = Każda osoba we wstrząsie otrzymuje standardowe leczenie. Po zawale serca zespół jak najszybciej udrażnia zatkane naczynie krwionośne.
options-usual-2 = Leki pomagają sercu mocniej się kurczyć i podtrzymują [ciśnienie krwi](blood-pressure). Niektóre osoby przez jakiś czas potrzebują [respiratora](breathing-machine) lub [dializy](dialysis).
options-usual-3 = W badaniu DanGer Shock spośród 100 osób, które otrzymały standardowe leczenie (bez pompy mikroosiowej), 59 zmarło w ciągu 6 miesięcy. 41 na 100 żyło. Były to osoby bardzo ciężko chore, u których wstrząs był skutkiem zawału serca.
options-usual-why = To więcej niż 30 do 40 na 100 na stronie o wstrząsie. Tamta liczba dotyczy wszystkich rodzajów wstrząsu, łagodnego i ciężkiego, i obejmuje tylko zgony w szpitalu.
options-usual-fit = W dokumentacji jednego szpitala tylko około 3 na 10 osób z takim wstrząsem spełniłyby warunki udziału w tym badaniu. Nawet u nich wyniki były gorsze niż u osób w badaniu.
options-usual-machines = Standardowe leczenie może obejmować inne urządzenia wspomagające serce. W badaniu 20 na 100 osób ze standardowym leczeniem otrzymało inne urządzenie, najczęściej ECMO. Inne urządzenie otrzymało też 14 na 100 osób z pompą.
options-usual-link = Zobacz pełne liczby dla pompy i dla standardowego leczenia

options-no-title = Jeśli nie zgodzisz się na pompę
options-no-1 = Odmowa pompy nie oznacza odmowy leczenia. Standardowe leczenie będzie nadal prowadzone – u Ciebie lub u Twojej bliskiej osoby.
options-no-2 = Lekarze nie mają obowiązku proponować pompy. Możesz zapytać, dlaczego jest proponowana albo dlaczego nie jest.

options-iabp-title = Pompa balonowa
options-iabp-1 = [Pompa balonowa](balloon-pump) to długi, cienki balonik umieszczony w aorcie. Napełnia się i opróżnia przy każdym uderzeniu serca. Pomaga sercu mniej niż pompa serca opisana w tym przewodniku.
options-iabp-death-title = Pompa balonowa: ile osób żyło po 30 dniach
options-iabp-death-summary = W dużym badaniu z udziałem osób we wstrząsie po zawale serca zmarło mniej więcej tyle samo osób z pompą balonową, co bez niej. Po 1 roku było podobnie: z pompą zmarły 52 osoby na 100, a bez niej 51 na 100.
options-iabp-death-yes = { $count ->
    [one] { $count } osoba na 100 zmarła w ciągu 30 dni.
    [few] { $count } osoby na 100 zmarły w ciągu 30 dni.
   *[many] { $count } osób na 100 zmarło w ciągu 30 dni.
}
options-iabp-death-no = { $count ->
    [one] { $count } osoba na 100 żyła po 30 dniach.
    [few] { $count } osoby na 100 żyły po 30 dniach.
   *[many] { $count } osób na 100 żyło po 30 dniach.
}
options-with-iabp = Z pompą balonową
options-usual-only = Standardowe leczenie (bez pompy mikroosiowej)

options-versus-title = Pompa serca w porównaniu z pompą balonową
options-versus-summary = Małe badanie objęło 48 bardzo ciężko chorych osób podłączonych do respiratora. Przy obu rodzajach pomp zmarło mniej więcej tyle samo osób. Badanie było za małe, żeby mieć pewność.
options-with-pump = Z pompą serca
options-versus-isar = Inne małe badanie, z udziałem 26 osób, dotyczyło starszej, mniejszej pompy serca. Przy obu rodzajach pomp w ciągu 30 dni zmarło 46 na 100 osób.

options-ecmo-title = ECMO, czyli maszyna zastępująca serce i płuca
options-ecmo-1 = [ECMO](ecmo) wyprowadza krew z ciała przez rurkę. Maszyna dodaje do niej tlen i wpompowuje ją z powrotem. Może wykonywać pracę zarówno serca, jak i płuc.
options-ecmo-death-title = ECMO: ile osób żyło po 30 dniach
options-ecmo-death-summary = W dużym badaniu z udziałem osób we wstrząsie po zawale serca zmarło mniej więcej tyle samo osób z ECMO, co bez niego.
options-ecmo-death-yes = { $count ->
    [one] { $count } osoba na 100 zmarła w ciągu 30 dni.
    [few] { $count } osoby na 100 zmarły w ciągu 30 dni.
   *[many] { $count } osób na 100 zmarło w ciągu 30 dni.
}
options-ecmo-death-no = { $count ->
    [one] { $count } osoba na 100 żyła po 30 dniach.
    [few] { $count } osoby na 100 żyły po 30 dniach.
   *[many] { $count } osób na 100 żyło po 30 dniach.
}
options-ecmo-bleeding-title = ECMO: krwawienia
options-ecmo-bleeding-summary = Przy ECMO więcej osób miało poważne [krwawienie](bleeding).
options-ecmo-bleeding-yes = { $count ->
    [one] { $count } osoba na 100 miała poważne krwawienie.
    [few] { $count } osoby na 100 miały poważne krwawienie.
   *[many] { $count } osób na 100 miało poważne krwawienie.
}
options-ecmo-bleeding-no = { $count ->
    [one] { $count } osoba na 100 nie miała poważnego krwawienia.
    [few] { $count } osoby na 100 nie miały poważnego krwawienia.
   *[many] { $count } osób na 100 nie miało poważnego krwawienia.
}
options-ecmo-vessel-title = ECMO: problemy z naczyniami krwionośnymi
options-ecmo-vessel-summary = Więcej osób miało problemy z naczyniami krwionośnymi w miejscu wprowadzenia rurek, na przykład z dopływem krwi do nogi.
options-ecmo-vessel-yes = { $count ->
    [one] { $count } osoba na 100 miała problem z naczyniem krwionośnym.
    [few] { $count } osoby na 100 miały problem z naczyniem krwionośnym.
   *[many] { $count } osób na 100 miało problem z naczyniem krwionośnym.
}
options-ecmo-vessel-no = { $count ->
    [one] { $count } osoba na 100 nie miała takiego problemu.
    [few] { $count } osoby na 100 nie miały takiego problemu.
   *[many] { $count } osób na 100 nie miało takiego problemu.
}
options-ecmo-stroke = W wielu badaniach [udar](stroke) wystąpił u około 6 do 7 na 100 osób leczonych ECMO. W przypadku pompy serca opisanej w tym przewodniku było to około 1 do 4 na 100 osób. Ale te liczby pochodzą z różnych badań, w których brały udział różne osoby. Dlatego to porównanie nie jest rzetelne. W badaniach pompy serca udary zdarzały się mniej więcej tak samo często z pompą, jak i bez niej.
options-with-ecmo = Z ECMO

options-bigger-title = Większa pompa, zakładana podczas operacji
options-bigger-1 = Większe pompy tego samego rodzaju mogą przepompować więcej krwi. Chirurg wprowadza je przez małe nacięcie w pobliżu pachy. Mogą zostać w ciele dłużej niż mniejsze pompy.

options-long-title = Pompa długoterminowa albo przeszczep serca
options-long-1 = Jeśli serce się nie poprawi, u niektórych osób możliwe jest wszczepienie pompy na stałe, nazywanej [LVAD](lvad). U innych możliwy jest [przeszczep serca](transplant).
options-long-2 = To duże operacje. Nie u każdego można je wykonać. Pompa krótkoterminowa może pomóc utrzymać chorego w wystarczająco dobrym stanie, zanim zespół podejmie decyzję.

options-comfort-title = Opieka skupiona na komforcie
options-comfort-1 = Czasem leczenie raczej nie pomoże albo dana osoba by go nie chciała. Wtedy zespół może skupić się na komforcie. Nazywa się to [opieką paliatywną](palliative-care).
options-comfort-2 = Celem jest złagodzenie bólu, duszności i niepokoju oraz danie choremu i jego rodzinie czasu, by mogli być razem. To prawdziwy wybór, a nie poddanie się. Zespół omówi to z Tobą.
options-next = Dalej: życie z pompą i po jej usunięciu
