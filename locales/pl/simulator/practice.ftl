# Sala ćwiczeń (dla personelu medycznego): strona główna, symulator konsoli, ćwiczenie przygotowania, ćwiczenie pozycjonowania.


pr-notice-label = Symulacja szkoleniowa
pr-notice-1 = To jest symulacja szkoleniowa, a nie instrukcja obsługi urządzenia. Pierwszeństwo mają lokalne procedury i aktualna instrukcja używania.
pr-notice-2 = Pacjent, pompa i konsola są modelem komputerowym. Liczby na tych stronach pochodzą z modelu, chyba że podano źródło.
pr-hub-intro = Przećwicz obsługę konsoli, kolejność przygotowania, pozycjonowanie i najczęstsze alarmy. Każdy scenariusz zaczyna się od losowego, ale odtwarzalnego pacjenta i kończy się omówieniem.
pr-drills-title = Ćwiczenia
pr-console-what = zmieniaj poziom P i płukanie u symulowanego pacjenta na żywo.
pr-scenarios-title = Scenariusze alarmów
pr-scenarios-intro = Każdy scenariusz zaczyna się od pytania: najpierw przewiduj, potem działaj. Widzisz, co robi model, od razu otrzymujesz informację zwrotną, a omówienie wyjaśnia każdą odpowiedź.
pr-surprise = Zaskocz mnie
pr-surprise-help = Otwiera jeszcze niepróbowany scenariusz (a gdy wypróbujesz już wszystkie – dowolny scenariusz) z nowym pacjentem.

pr-code-title = Otwórz przypadek z kodu od instruktora
pr-code-help = Na stronie każdego scenariusza jest dziesięcioznakowy kod jego przypadku. Wpisz kod podany przez instruktora, aby otworzyć na tym urządzeniu ten sam scenariusz z tym samym pacjentem. Działa to także bez internetu.
pr-code-label = Kod instruktora
pr-code-open = Otwórz przypadek
pr-code-error-empty = Najpierw wpisz kod.
pr-code-error-length = Kod ma dziesięć liter i cyfr, na przykład XXXXX-XXXXX. Sprawdź go i spróbuj ponownie.
pr-code-error-character = Ten kod zawiera znak, którego kody nigdy nie zawierają. Kody składają się z cyfr od 0 do 9 i liter od A do Z (bez polskich znaków), z wyjątkiem U.
pr-code-error-check = Ten kod jest nieprawidłowy: być może jeden znak jest źle wpisany albo dwa znaki są zamienione miejscami. Sprawdź go i spróbuj ponownie.
pr-code-error-unknown = Ten kod pochodzi z nowszej wersji przewodnika. Odśwież stronę, aby pobrać najnowszą wersję, i spróbuj ponownie.
pr-code-unchanged = Nic się nie zmieniło.
pr-not-tried = jeszcze niepróbowane
pr-best = najlepszy wynik: { $best } na 100
pr-progress-title = Twoje postępy
pr-progress-private = Wyniki są przechowywane tylko w tej przeglądarce. Nic nie opuszcza tego urządzenia i nie ma konta.
pr-summary-label = Podsumowanie dla opiekuna szkolenia (zaznacz i skopiuj albo wydrukuj)
pr-summary-heading = Przewodnik po pompie serca, sala ćwiczeń: podsumowanie
pr-summary-line = { $name }: najlepszy wynik { $best } na 100 · liczba prób: { $attempts } · ukończone: { $completed }
pr-summary-line-none = { $name }: jeszcze niepróbowane
pr-print = Wydrukuj podsumowanie
pr-clear = Usuń moje wyniki
pr-progress-corrupt = Nie udało się odczytać zapisanych wyników ćwiczeń. Zostały odłożone na bok i rozpoczęto nowy zapis.

# Konsola
con-heading = Konsola pompy
con-sim-tag = symulacja
con-no-pump = Pompa nie pracuje.
con-no-alarms = Brak alarmów.
con-alarm-pump-stopped = Pompa zatrzymana
con-alarm-suction = Zasysanie
con-alarm-position-ventricle = Pozycja w komorze
con-alarm-position-wrong = Nieprawidłowa pozycja
con-alarm-purge = Wysokie ciśnienie płukania (niski przepływ płukania)
con-alarm-position-unknown = Pozycja nieznana (komunikat: pulsacja zbyt mała do oceny)
con-priority-critical = Krytyczny
con-priority-serious = Poważny
con-priority-advisory = Komunikat
con-sounding = Trwa alarm dźwiękowy: { $alarm } ({ $priority }).
con-muted = Alarmy wyciszone na { $time }. Nowy alarm o wyższym priorytecie nadal będzie słyszalny.
con-mute = Wycisz alarmy na 2 minuty
con-mute-none = Wyciszenie działa tylko podczas trwania alarmu dźwiękowego.
con-priority-note = Poziomy priorytetu i 2-minutowe wyciszenie to zasady szkoleniowe tego symulatora, a nie ustawienia prawdziwej konsoli. Sprawdź aktualną instrukcję używania.
con-p-level = Poziom P
con-flow = Przepływ pompy
con-flow-range = zakres { $min }–{ $max }
con-placement = Sygnał położenia
con-pressure-triplet = { $sys }/{ $dia } (średnie { $mean })
con-wave-aortic = Krzywa aortalna
con-wave-ventricular = Krzywa komorowa
con-wave-unknown = Nie można ocenić
con-motor = Prąd silnika
con-current-pulsatile = Pulsacyjny
con-current-flat = Płaski
con-purge-pressure = Ciśnienie płukania
con-purge-flow = Przepływ płukania
con-unit-rpm = obr./min
con-unit-l-min = l/min
con-unit-mmhg = mmHg
con-unit-ma = mA
con-unit-ml-h = ml/h
con-intro = Konsola działa na żywo na symulowanym pacjencie. Zmieniaj ustawienia i obserwuj przepływ, sygnał położenia, prąd silnika i płukanie.
con-patient-label = Pacjent
con-patient-shock = Wstrząs kardiogenny, pompa prawidłowo umieszczona
con-patient-low-volume = Wstrząs z hipowolemią
con-patient-rhf = Wstrząs z niewydolnością prawej komory
con-patient-too-deep = Pompa za głęboko
con-patient-too-far-out = Pompa zbyt wysunięta
con-controls-title = Ustawienia
con-p-down = Obniż poziom P
con-p-up = Podnieś poziom P
con-p-help = Stosuj najniższy poziom (co najmniej P-2), który daje potrzebny przepływ. P-9 najwyżej przez 5 minut. (Instrukcja producenta)
con-mode = Tryb
con-mode-auto = AUTO
con-mode-p = Poziom P
con-mode-auto-help = Tryb AUTO stosuje się na początku: pompa w ciągu 30 sekund stopniowo osiąga wybrany poziom. Tutaj zaczyna ponownie od P-0; przyciski + i − zmieniają poziom docelowy. Prawdziwa konsola po 3 godzinach przełącza się na tryb poziomu P. (Przewodnik producenta dotyczący wprowadzania)
con-mode-p-help = Tryb poziomu P: poziom ustawiasz ręcznie. (Instrukcja producenta)
con-purge-settings = Płukanie
con-dextrose = Stężenie glukozy
con-dextrose-down = Zmniejsz stężenie glukozy o 5%
con-dextrose-up = Zwiększ stężenie glukozy o 5%
con-rate = Szybkość płukania
con-rate-down = Zmniejsz szybkość płukania o 1
con-rate-up = Zwiększ szybkość płukania o 1
con-purge-help = Płyn płuczący nie dopuszcza krwi do silnika: glukoza 5–40% (zwykle 20%) z heparyną 25–50 j.m./ml albo wodorowęglan 25–50 mEq/l, gdy heparyna jest niepożądana. Gęstszy płyn wymaga wyższego ciśnienia. (Instrukcja producenta)
con-pause = Wstrzymaj symulację
con-trend-title = Trend (ostatnia minuta)
con-trend-legend = Linia ciągła: przepływ pompy. Linia przerywana: ciśnienie płukania. Każda linia jest przeskalowana, aby się zmieściła; liczby podaje tabela poniżej.
con-trend-caption = { $seconds ->
        [one] Odczyty od najnowszego, jeden co { $seconds } sekundę
        [few] Odczyty od najnowszego, jeden co { $seconds } sekundy
        [other] Odczyty od najnowszego, jeden co { $seconds } sekundy
       *[many] Odczyty od najnowszego, jeden co { $seconds } sekund
    }

# Ćwiczenie przygotowania
su-intro = Ułóż w kolejności etapy przygotowania konsoli, płukania i wprowadzania pompy klasy CP z dostępu udowego. Wybierz następny krok; niektóre kroki wymagają podania wartości.
su-source = Kroki, rozmiary i wartości docelowe: przewodnik producenta dotyczący wprowadzania modelu CP oraz NICE HTG775.
su-progress = Wykonane kroki: { $done } z { $total }
su-next = Co robisz teraz?
su-finished = Wszystkie kroki wykonane.
su-done-title = Wykonane kroki
su-restart = Zacznij od nowa
su-result = Wynik: { $score } na 100 · błędy: { $mistakes } · czas: { $time }.
su-fb-correct = Dobrze: { $step }.
su-fb-too-early = Jeszcze nie: „{ $chosen }” przychodzi później. Teraz kolej na „{ $expected }”. { $why }
su-fb-done = Ten krok jest już wykonany: „{ $step }”.
su-fb-answer-right = Dobrze. { $why }
su-fb-answer-wrong = Nieprawidłowo. { $why }
su-step-console-purge = Przygotuj konsolę i płyn płuczący
su-step-access = Dostęp udowy i mała koszulka
su-step-stiff-wire = Sztywny prowadnik 0,035″ i stopniowe poszerzanie kanału
su-step-large-sheath = Wprowadź rozrywalną koszulkę 14 Fr
su-step-heparin = Podaj heparynę do uzyskania ACT wymaganego przy wprowadzaniu
su-step-pigtail = Cewnik pigtail po prowadniku J do lewej komory
su-step-placement-wire = Ukształtowany prowadnik do pozycjonowania 0,018″ do koniuszka lewej komory, usuń pigtail
su-step-back-load = Załaduj pompę wstecznie na prowadnik do pozycjonowania
su-step-advance = Przeprowadź przez zastawkę aortalną pod kontrolą fluoroskopii
su-step-check-depth = Wlot około 3,5 cm poniżej pierścienia aortalnego, krzywa aortalna w sygnale położenia
su-step-remove-wire = Usuń prowadnik do pozycjonowania
su-step-start = Uruchom pompę w trybie AUTO (dochodzi do poziomu w ciągu 30 sekund)
su-step-slack = Usuń luz, aby cewnik układał się wzdłuż mniejszej krzywizny
su-step-confirm = Potwierdź pozycję w obrazowaniu i na konsoli
su-why-console-purge = Płukanie musi być gotowe przed wprowadzeniem pompy: nie dopuszcza krwi do silnika.
su-why-access = Wszystko inne wprowadza się przez ten dostęp.
su-why-stiff-wire = Sztywny prowadnik i poszerzanie przygotowują tętnicę na dużą koszulkę.
su-why-large-sheath = Pompa wymaga dużej koszulki.
su-why-heparin = ACT musi osiągnąć wartość docelową dla wprowadzania, zanim cewniki trafią do serca.
su-why-pigtail = Cewnik pigtail bezpiecznie przechodzi przez zastawkę i doprowadza prowadnik do pozycjonowania.
su-why-placement-wire = Pompę wprowadza się po ukształtowanym prowadniku do pozycjonowania, który najpierw musi się znaleźć w koniuszku.
su-why-back-load = Pompa przesuwa się po prowadniku do pozycjonowania.
su-why-advance = Pompa musi przejść przez zastawkę, zanim będzie można ustawić jej głębokość.
su-why-check-depth = Głębokość i krzywa aortalna potwierdzają, że wlot jest w komorze, a wylot w aorcie.
su-why-remove-wire = Prowadnik usuwa się przed uruchomieniem pompy.
su-why-start = Uruchamiaj pompę dopiero wtedy, gdy jest na miejscu, a prowadnik został usunięty.
su-why-slack = Luz pozwala pompie przemieścić się w głąb komory.
su-why-confirm = Ostateczne sprawdzenie pozycji w obrazowaniu i na konsoli.
su-q-sheath = Jakiej koszulki wymaga pompa klasy CP?
su-a-sheath-9 = 9 Fr
su-a-sheath-12 = 12 Fr
su-a-sheath-14 = 14 Fr
su-a-sheath-21 = 21 Fr
su-why-q-sheath = Pompa klasy CP ma 14 Fr na cewniku 9 Fr i wymaga koszulki 14 Fr. Model 2.5 ma 12 Fr i przechodzi przez koszulkę 13 Fr (ISAR-SHOCK, JACC 2008); modele 5.0 i 5.5 mają 21 Fr. (Dane producenta urządzenia)
su-q-act = Do jakiego ACT dążysz przed wprowadzeniem?
su-a-act-150 = Poniżej 150 sekund
su-a-act-160 = Około 160–180 sekund
su-a-act-250 = 250 sekund lub więcej
su-why-q-act = ACT 250 sekund lub więcej przy wprowadzaniu; około 160–180 sekund w trakcie wspomagania; poniżej 150 sekund przed usunięciem. (Instrukcja producenta)
su-q-purge = Jaki płyn płuczący wprowadzasz do konsoli?
su-a-purge-saline = Sama sól fizjologiczna bez dodatków
su-a-purge-d20-heparin = 20% glukoza z heparyną 25–50 j.m./ml
su-a-purge-d50 = 50% glukoza
su-why-q-purge = Glukoza 5–40% (zwykle 20%) z heparyną 25–50 j.m./ml albo wodorowęglan 25–50 mEq/l, gdy heparyna jest niepożądana. (Instrukcja producenta)

# Ćwiczenie pozycjonowania
pos-intro = Przesuwaj cewnik krokami po 0,5 cm i odczytuj konsolę. Następnie określ, gdzie jest pompa. Pompa pracuje na P-2, czyli na poziomie stosowanym przy jej przesuwaniu.
pos-round = Runda { $n } z { $total }
pos-score = Trafne pozycje: { $right } z { $total } · trafne działania: { $actions }
pos-picture-label = Pozycja cewnika: strzałką w górę wycofujesz, strzałką w dół wsuwasz
pos-depth = Wlot { $depth } cm poniżej zastawki aortalnej (wartość ujemna: powyżej niej, w aorcie)
pos-keys = Klawisze: strzałka w górę wycofuje o 0,5 cm, strzałka w dół wsuwa o 0,5 cm.
pos-pull-back = Wycofaj o 0,5 cm
pos-advance = Wsuń o 0,5 cm
pos-valve = zastawka
pos-aorta = aorta
pos-lv = lewa komora
pos-inlet = wlot
pos-outlet = wylot
pos-question = Gdzie jest pompa?
pos-call-correct = Prawidłowa pozycja
pos-call-too-deep = Za głęboko (cała w komorze)
pos-call-too-far-out = Zbyt wysunięta (cała w aorcie)
pos-call-unknown = Pozycji nie da się ocenić na podstawie konsoli
pos-do-correct = Krzywa aortalna i pulsacyjny prąd silnika: wlot jest w komorze, a wylot w aorcie. Zapisz oznaczenie w cm; sprawdzaj je codziennie.
pos-do-too-deep = Krzywa komorowa i płaski prąd silnika. Pod kontrolą obrazowania zmniejsz do P-2, wycofuj do pojawienia się krzywej aortalnej, a potem jeszcze o około 4 cm.
pos-do-too-far-out = Krzywa aortalna, ale płaski prąd silnika: cała pompa jest w aorcie. Potwierdź w obrazowaniu, zmniejsz do P-2 i zmień położenie pompy.
pos-do-unknown = Własna pulsacja serca jest zbyt mała, aby konsola mogła ocenić pozycję. Potwierdź pozycję w obrazowaniu.
pos-right = Dobrze.
pos-wrong = Nieprawidłowo: to jest „{ $truth }”.
pos-next = Następna runda
pos-restart = Zacznij od nowa
pos-source = Sygnały położenia i działania: instrukcja producenta. Odstęp między wlotem a wylotem na rysunku to oszacowanie modelu.

# Ćwiczenie pozycjonowania: ukryte alarmy i rysunek
con-alarms-hidden = Komunikaty alarmów są w tym ćwiczeniu ukryte: odczytuj sygnał położenia i prąd silnika.
pos-hidden = Rysunek jest ukryty do czasu odpowiedzi, aby ćwiczyć odczytywanie konsoli. Nadal możesz przesuwać cewnik.
pos-show-picture = Pokaż rysunek

# Ćwiczenie pozycjonowania: co robić
pos-what-now = Co robisz?
pos-action-wrong = To nie jest właściwe działanie.
pos-act-correct = Utrzymaj pozycję; zapisz oznaczenie w cm i sprawdzaj je codziennie
pos-act-too-deep = Pod kontrolą obrazowania: P-2, wycofuj do pojawienia się krzywej aortalnej, a potem jeszcze o około 4 cm
pos-act-too-far-out = Potwierdź w obrazowaniu, zmniejsz do P-2 i zmień położenie pompy
pos-act-unknown = Potwierdź pozycję w obrazowaniu

## Zapis wyników ćwiczeń
pr-record-link = Twój zapis ćwiczeń: każda próba scenariusza z datami i wskaźnikami
pr-record-not-cert = To jest zapis ćwiczeń z symulatora na tym urządzeniu. Nie jest to poświadczenie kompetencji i nie mówi nic o opiece nad prawdziwym pacjentem.
pr-record-intro = Każdy ukończony scenariusz zostaje tu dodany: czy problem został rozwiązany, czy Twoja odpowiedź na pytanie wstępne (panel „Twoja prognoza”) była prawidłowa, Twój własny czas od chwili, gdy działania stały się dostępne, do pierwszego dobrego kroku na konsoli, Twoje błędne kroki oraz wezwania pomocy.
pr-record-time-note = Czasy to Twój własny czas na tym urządzeniu. Zależą od urządzenia i od tego, jak szybko czytasz, więc porównuj swoje kolejne próby, a nie różne osoby.
pr-record-empty = Nie ma jeszcze żadnych prób scenariuszy. Ukończ scenariusz, a pojawi się tutaj.
pr-record-span = { $count ->
    [one] Jedna próba, w dniu { $first }.
    [few] { $count } próby, od { $first } do { $last }.
    [other] { $count } próby, od { $first } do { $last }.
   *[many] { $count } prób, od { $first } do { $last }.
}
pr-record-summary-caption = Postępy w każdym scenariuszu: Twoja pierwsza i ostatnia próba
pr-record-col-scenario = Scenariusz
pr-record-col-attempts = Próby (rozwiązane)
pr-record-col-first = Pierwsza próba
pr-record-col-latest = Ostatnia próba
pr-record-col-answers = Prawidłowe odpowiedzi na pytanie wstępne
pr-record-col-scores = Wyniki, od najstarszego do najnowszego
pr-record-attempt-cell = { $date }: wynik { $score }, czas do pierwszego dobrego kroku: { $time }, { $wrong ->
    [one] 1 błędny krok
    [few] { $wrong } błędne kroki
    [other] { $wrong } błędnego kroku
   *[many] { $wrong } błędnych kroków
}
pr-record-time = { $seconds } s
pr-record-no-time = brak
pr-record-answers = { $right } z { $answered }
pr-record-all-caption = Wszystkie próby, od najnowszej
pr-record-col-date = Data
pr-record-col-solved = Rozwiązano
pr-record-col-answer = Pytanie wstępne
pr-record-col-time = Czas do pierwszego dobrego kroku
pr-record-col-wrong = Błędne kroki
pr-record-col-help = Wezwania pomocy
pr-record-col-score = Wynik
pr-record-answer-right = prawidłowo
pr-record-answer-wrong = nieprawidłowo
pr-record-answer-none = bez odpowiedzi
pr-record-print = Wydrukuj zapis
pr-record-print-note = Wydrukowany zapis zajmuje jedną stronę: tabela postępów, Twoje imię i nazwisko oraz miejsce dla opiekuna szkolenia. Wszystkie próby są wymienione poniżej, tylko na ekranie.
pr-record-name = Imię i nazwisko: ______________________________
pr-record-checked = Przejrzane przez opiekuna szkolenia, data: ______________________________
pr-record-delete = Usuń zapis
pr-record-delete-confirm = Usunąć wszystkie próby z tego zapisu? Tej operacji nie można cofnąć.
pr-record-delete-yes = Tak, usuń
pr-record-delete-no = Nie, zachowaj
pr-record-deleted = Zapis został usunięty.
pr-record-corrupt = Nie udało się odczytać zachowanego zapisu ćwiczeń. Został odłożony na bok na tym urządzeniu, a nie usunięty, i rozpoczęto nowy zapis.
pr-record-stuck = Nie udało się odczytać zachowanego zapisu ćwiczeń, a na tym urządzeniu brakuje miejsca, by odłożyć jego kopię na bok. Został pozostawiony bez zmian, a nowe próby nie są zapisywane. Zwolnij miejsce w pamięci przeglądarki albo usuń wszystko, co zapisał ten przewodnik (na stronie „O tym przewodniku i jego źródłach”).
