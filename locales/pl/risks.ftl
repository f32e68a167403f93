## Strona dla pacjentów: korzyści i ryzyko w liczbach na 100 osób, z obrazkami ze 100 postaciami.

risks-title = Korzyści i ryzyko w liczbach
risks-intro-1 = Większość tych liczb pochodzi z jednego badania o nazwie DanGer Shock. Objęło ono 355 dorosłych osób, u których wstrząs był skutkiem dużego zawału serca, nazywanego STEMI. Około 8 na 10 z nich było mężczyznami.
risks-intro-2 = 179 osób otrzymało pompę oraz standardowe leczenie. 176 osób otrzymało standardowe leczenie (bez pompy mikroosiowej). Liczby poniżej podajemy na 100 osób w każdej grupie.
risks-usual-machines = Standardowe leczenie nadal może obejmować inne urządzenia wspomagające serce. W badaniu 20 na 100 osób ze standardowym leczeniem otrzymało inne urządzenie, najczęściej ECMO. Inne urządzenie otrzymało też 14 na 100 osób z pompą.

risks-who-title = Kogo dotyczą te liczby
risks-who-1 = Do badania przyjęto tylko część osób we wstrząsie. Nie przyjęto osób, które po zatrzymaniu serca pozostawały nieprzytomne. Nie przyjęto też osób z bardzo słabą prawą częścią serca, z pęknięciem wewnątrz serca spowodowanym zawałem ani z niektórymi problemami z zastawkami lub z naczyniami w nogach. Szpitale miały duże doświadczenie z pompą.
risks-who-2 = W dokumentacji jednego szpitala tylko około 3 na 10 osób z takim wstrząsem spełniłyby warunki udziału w badaniu. Nawet u nich wyniki były gorsze niż u osób w badaniu. Dlatego te liczby mogą nie pasować do Ciebie ani do Twojej bliskiej osoby. Zapytaj zespół, na ile dotyczą one Twojej sytuacji.
risks-who-3 = Badanie dotyczyło tylko wstrząsu spowodowanego zawałem serca. Jego liczby nic nie mówią o wstrząsie z innych przyczyn, takich jak niewydolność serca, obrzęknięty mięsień sercowy czy operacja serca.

risks-read-title = Jak czytać obrazki
risks-read-1 = Każdy obrazek pokazuje 100 osób. Każda mała postać to jedna osoba.
risks-tradeoff-title = Korzyści i szkody w skrócie
risks-tradeoff = W skrócie, na 100 osób takich jak w badaniu, w ciągu 6 miesięcy: z pompą zmarło 46 osób, wobec 59 przy standardowym leczeniu. Ale 24 osoby miały poważny problem spowodowany leczeniem, wobec 6. 42 osoby potrzebowały dializy, wobec 27. A w ciągu około 4 miesięcy 26 osób miało duże krwawienie, wobec 15.
risks-legend-yes = Wypełniona postać: to przytrafiło się tej osobie.
risks-legend-no = Pusta postać (sam kontur): to się nie przytrafiło.

risks-with = Z pompą
risks-without = Standardowe leczenie (bez pompy mikroosiowej)
risks-on-pump = Osoby z tym rodzajem pompy
risks-picture = { $group }: obrazek przedstawiający 100 osób. { $yes } { $no }

risks-death-title = Przeżycie 6 miesięcy
risks-death-summary = Z pompą więcej osób żyło po 6 miesiącach.
risks-death-yes = { $count ->
    [one] { $count } osoba na 100 zmarła w ciągu 6 miesięcy.
    [few] { $count } osoby na 100 zmarły w ciągu 6 miesięcy.
   *[many] { $count } osób na 100 zmarło w ciągu 6 miesięcy.
}
risks-death-no = { $count ->
    [one] { $count } osoba na 100 żyła po 6 miesiącach.
    [few] { $count } osoby na 100 żyły po 6 miesiącach.
   *[many] { $count } osób na 100 żyło po 6 miesiącach.
}

risks-harm-title = Poważne problemy spowodowane leczeniem
risks-harm-summary = Z pompą więcej osób miało poważny problem. Należały do nich: [krwawienie](bleeding), zatkanie dopływu krwi do nogi, uszkodzenie czerwonych krwinek, pompa, która przestała działać, oraz nieszczelna zastawka serca. Tutaj krwawienie liczono według ściślejszej definicji niż w liczbie dużych krwawień poniżej. Dlatego te dwie liczby mierzą co innego. Nie dodawaj ich do siebie.
risks-harm-yes = { $count ->
    [one] { $count } osoba na 100 miała poważny problem.
    [few] { $count } osoby na 100 miały poważny problem.
   *[many] { $count } osób na 100 miało poważny problem.
}
risks-harm-no = { $count ->
    [one] { $count } osoba na 100 nie miała poważnego problemu.
    [few] { $count } osoby na 100 nie miały poważnego problemu.
   *[many] { $count } osób na 100 nie miało poważnego problemu.
}

risks-dialysis-title = Konieczność dializy nerek
risks-dialysis-summary = Z pompą więcej osób potrzebowało [dializy](dialysis). Dializa to leczenie, w którym maszyna wykonuje pracę nerek.
risks-dialysis-yes = { $count ->
    [one] { $count } osoba na 100 potrzebowała dializy.
    [few] { $count } osoby na 100 potrzebowały dializy.
   *[many] { $count } osób na 100 potrzebowało dializy.
}
risks-dialysis-no = { $count ->
    [one] { $count } osoba na 100 nie potrzebowała dializy.
    [few] { $count } osoby na 100 nie potrzebowały dializy.
   *[many] { $count } osób na 100 nie potrzebowało dializy.
}

risks-bleeding-title = Duże krwawienie
risks-bleeding-summary = Z pompą więcej osób miało duże [krwawienie](bleeding). Te dane pochodzą z późniejszej analizy tego samego badania i dotyczą okresu około 4 miesięcy. Krwawienie liczono w niej według szerszej definicji niż przy poważnych problemach powyżej. Mniej więcej połowa tych krwawień wystąpiła już po usunięciu pompy albo innego urządzenia wspomagającego serce.
risks-bleeding-yes = { $count ->
    [one] { $count } osoba na 100 miała duże krwawienie.
    [few] { $count } osoby na 100 miały duże krwawienie.
   *[many] { $count } osób na 100 miało duże krwawienie.
}
risks-bleeding-no = { $count ->
    [one] { $count } osoba na 100 nie miała dużego krwawienia.
    [few] { $count } osoby na 100 nie miały dużego krwawienia.
   *[many] { $count } osób na 100 nie miało dużego krwawienia.
}

risks-stroke-title = Udar mózgu
risks-stroke-summary = Od 1 do 4 na 100 osób z tym rodzajem pompy miało [udar](stroke). Te dane pochodzą z przeglądu wielu badań, a nie z jednego badania. W badaniach, w których porównywano pompę ze standardowym leczeniem, udary zdarzały się mniej więcej tak samo często z pompą, jak i bez niej. Obrazek pokazuje 4, czyli wyższą liczbę.
risks-stroke-yes = { $count ->
    [one] { $count } osoba na 100 miała udar.
    [few] { $count } osoby na 100 miały udar.
   *[many] { $count } osób na 100 miało udar.
}
risks-stroke-no = { $count ->
    [one] { $count } osoba na 100 nie miała udaru.
    [few] { $count } osoby na 100 nie miały udaru.
   *[many] { $count } osób na 100 nie miało udaru.
}

risks-long-title = Dłuższa obserwacja, do 10 lat

risks-sure-title = Jak bardzo możemy być pewni?
risks-sure-1 = Na razie niezbyt. Większość liczb pochodzi z jednego badania. U innych osób albo w innych szpitalach wyniki mogą być lepsze lub gorsze.
risks-sure-2 = Korzyść dla przeżycia może być duża, ale może też być całkiem mała. Szkody są wyraźniejsze: więcej krwawień, więcej dializ i więcej problemów z nogą i z krwią.
risks-sure-3 = Każdy człowiek jest inny. Twój zespół może powiedzieć, jak te liczby odnoszą się do Ciebie lub do Twojej bliskiej osoby.
risks-long-1 = Zespół badawczy później ponownie sprawdził losy 343 z 355 osób, w okresie do 10 lat. Większość osób obserwowano krócej. Tego sprawdzenia nie planowano na początku badania. Opublikowano je jako list do redakcji, a nie jako pełny raport. Dlatego jest mniej pewne niż wynik po 6 miesiącach.
risks-long-2 = W tej dłuższej obserwacji spośród 100 osób z pompą zmarły 53, a spośród 100 osób ze standardowym leczeniem (bez pompy mikroosiowej) zmarło 69.

risks-nice-title = Co NICE mówi o danych naukowych
risks-nice-1 = NICE stwierdza, że dane naukowe są niepewne. Nie wiadomo jeszcze na pewno, jak dobrze działa pompa ani jak bezpieczna jest.
risks-nice-2 = Dlatego NHS może ją stosować tylko wtedy, gdy jednocześnie zbiera się więcej danych. Zanim wyrazisz zgodę, zespół musi wyjaśnić to Tobie i Twojej rodzinie. Czasem nazywa się to zgodą rozszerzoną (ang. enhanced consent).
risks-nice-3 = Dane wszystkich osób, które mają pompę, trafiają do [rejestru](registry). To spis, który pomaga lekarzom dowiedzieć się, jak dobrze działa pompa i jak bezpieczna jest.
risks-nice-4 = Później będziesz mieć regularne wizyty kontrolne. Sprawdza się na nich, jak dobrze zadziałała pompa i czy spowodowała jakieś problemy.
risks-nice-5 = NICE może zmienić swoje zalecenia, gdy będzie wiadomo więcej.
risks-next = Dalej: zapisz listę swoich pytań
