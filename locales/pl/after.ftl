## Strona dla pacjentów: życie z pompą i po jej usunięciu.

after-title = Życie z pompą i po jej usunięciu
after-intro = Ta strona opisuje dni z pompą, jej usunięcie i powrót do zdrowia. Każdy jest inny. Twój zespół może powiedzieć, czego się spodziewać.

after-icu-title = Na oddziale intensywnej terapii
after-icu-1 = Osoby z pompą leżą na [oddziale intensywnej terapii](intensive-care). Jest tam wiele urządzeń, rurek i przewodów. Pielęgniarka jest zawsze blisko.
after-icu-2 = Wiele osób jest uśpionych lekami i podłączonych do [respiratora](breathing-machine). Przez jakiś czas nie mogą brać udziału w podejmowaniu decyzji. Wtedy rodzina często pomaga zespołowi zdecydować.
after-icu-3 = Możesz słyszeć alarmy z [konsoli](console) i innych urządzeń. To normalne. Alarm oznacza, że zespół ma coś sprawdzić.

after-still-title = Leżenie bez ruchu, z wyprostowaną nogą
after-still-1 = Rurka nie może się przesunąć. Dlatego chory leży dość płasko, a wezgłowie łóżka jest nisko.
after-still-2 = Noga z rurką jest wyprostowana, czasem w ortezie. Pielęgniarki często sprawdzają pachwinę i tętno na stopie.
after-still-3 = [Lek rozrzedzający krew](blood-thinner) zapobiega tworzeniu się zakrzepów na pompie. Przez niego łatwiej też o [krwawienie](bleeding), dlatego zespół uważnie to obserwuje.

after-long-title = Jak długo pompa zostaje w ciele
after-long-1 = Zwykle kilka dni. Zespół, który prowadził badanie DanGer Shock, podaje, że pacjenci często mieli pompę przez około 3 dni.
after-long-2 = Producent podaje, że zwykłą pompę można stosować we wstrząsie do 4 dni. Większe pompy wprowadzane w okolicy pachy mogą zostać dłużej.
after-stay-title = Jak długo zostanę w szpitalu?
after-stay-1 = Większość osób musi leżeć na [oddziale intensywnej terapii](intensive-care) przez tydzień lub dwa, a niektóre dłużej. Potem większość trafia na zwykły oddział, a następnie do domu.
after-stay-2 = W badaniu DanGer Shock mniej osób z pompą opuściło oddział intensywnej terapii w ciągu pierwszych 3 dni: 15 na 100, wobec 29 na 100 przy standardowym leczeniu (bez pompy mikroosiowej).

after-out-title = Usunięcie pompy
after-out-1 = Gdy serce jest silniejsze, zespół krok po kroku zmniejsza pracę pompy. Nazywa się to [stopniowym odłączaniem](weaning). Na każdym kroku sprawdza, czy serce sobie radzi.
after-out-2 = Potem pompę się usuwa. Ktoś mocno uciska pachwinę, aż krwawienie ustanie. Często trwa to od 20 do 40 minut. Albo zespół zamyka otwór małym urządzeniem.
after-out-3 = Potem obserwuje się pachwinę, czy nie krwawi i nie puchnie. Od razu powiedz pielęgniarce, jeśli pachwina krwawi lub puchnie albo jeśli czujesz w nodze coś innego niż wcześniej.

after-home-title = Powrót do domu i wizyty kontrolne
after-home-1 = Po oddziale intensywnej terapii kolejnym krokiem jest często zwykły oddział, a potem dom. Ile to potrwa, zależy od tego, jak wracają do sprawności serce i inne narządy.
after-home-2 = Później będziesz mieć regularne wizyty kontrolne. Sprawdza się na nich, jak dobrze zadziałała pompa i czy spowodowała problemy. Twoje dane trafią do [rejestru](registry), zgodnie z zaleceniem NICE.

after-recover-title = Powrót do zdrowia
after-recover-1 = Powrót do zdrowia po intensywnej terapii wymaga czasu. Niektóre osoby mają problemy z pamięcią, czują się słabe, niespokojne albo przygnębione. Nazywa się to [zespołem po intensywnej terapii](pics). Można otrzymać pomoc. Zapytaj lekarza rodzinnego albo zespół.
after-recover-2 = Wiele osób, które przeżyją, dobrze sobie radzi. W badaniu SHOCK w latach 90. leczono 302 osoby. Mniej więcej połowa z nich żyła rok później. Spośród tych, które żyły, 87 na 100 miało w codziennym życiu niewielkie ograniczenia z powodu serca albo nie miało ich wcale. Ta liczba dotyczy tylko osób, które przeżyły.

after-fail-title = Jeśli pompa nie pomoże
after-fail-1 = Czasem serce się nie poprawia. Wtedy zespół porozmawia z Tobą i z Twoją rodziną o tym, co dalej.
after-fail-2 = Może dodać większe wsparcie, na przykład [ECMO](ecmo) albo większą pompę. Może zaplanować pompę długoterminową ([LVAD](lvad)) albo [przeszczep serca](transplant), jeśli to mogłoby się udać.
after-fail-3 = Można też przerwać leczenie, które już nie pomaga, i skupić się na komforcie. W medycynie to uznany wybór. Zwykle podejmuje się tę decyzję razem z rodziną.
after-next = Dalej: dla rodzin i przedstawicieli pacjenta
