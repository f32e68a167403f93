## Strony dla pacjentów: „Przygotuj się do decyzji”, krok pierwszy: sprawdź, co rozumiesz. Liczby pochodzą z aplikacji (zmienne), nigdy nie są tu wpisane.

check-intro = Te pytania sprawdzają najważniejsze fakty. To nie jest test i nie ma tu punktów. Przy każdej odpowiedzi wyjaśniamy dlaczego i gdzie przeczytać więcej.
check-question = Pytanie { $n } z { $total }
check-unsure = Nie mam pewności
check-submit = Sprawdź moją odpowiedź
check-choose-first = Najpierw wybierz odpowiedź, a potem ją sprawdź.
check-right = Tak, zgadza się.
check-not-quite = Nie do końca.
check-unsure-reply = Nic nie szkodzi. Wiele osób nie ma pewności. Oto odpowiedź.
check-answer-is = Odpowiedź brzmi: { $answer }
check-read-more = Przeczytaj więcej:
check-ask-title = O co zapytać zespół
check-ask-intro = W tych sprawach nie masz pewności albo Twoja odpowiedź była inna. Zespół może je wyjaśnić. Znajdą się na Twojej stronie dla zespołu.
check-ask-none = Wszystkie pytania mają już odpowiedź. Jeśli coś nadal jest niejasne, zapytaj zespół.
check-ask-unanswered = { $count ->
        [one] { $count } pytanie jeszcze bez odpowiedzi.
        [few] { $count } pytania jeszcze bez odpowiedzi.
        [many] { $count } pytań jeszcze bez odpowiedzi.
       *[other] { $count } pytania jeszcze bez odpowiedzi.
    }
check-again = Wyczyść moje odpowiedzi

check-q1 = Co robi pompa?
check-q1-a = Pomaga sercu przepompowywać krew po całym ciele, żeby serce mogło odpocząć.
check-q1-a-why = Pompa pobiera krew z wnętrza serca i wypycha ją do aorty, czyli głównego naczynia krwionośnego. W ten sposób wykonuje część pracy serca, więc serce może odpocząć.
check-q1-b = Naprawia uszkodzony mięsień serca.
check-q1-b-why = Pompa nie może naprawić serca. Daje mu odpocząć, więc serce może samo się poprawić.
check-q1-c = Udrażnia zatkane naczynie krwionośne.
check-q1-c-why = Zatkane naczynie krwionośne udrażnia się innym leczeniem. Pompa pomaga sercu pompować krew.
check-q1-ask = { $who ->
        [other] Co pompa zrobi dla osoby, za którą decyduję?
       *[self] Co pompa zrobi dla mnie?
    }

check-q2 = Czy pompa wyleczy serce?
check-q2-a = Tak. Gdy pompa zostanie usunięta, serce jest już naprawione.
check-q2-a-why = Pompa nie naprawia serca. U niektórych osób serce poprawia się, gdy pompa pomaga, a u innych nie.
check-q2-b = Tak, jeśli zostanie w ciele wystarczająco długo.
check-q2-b-why = Ta pompa jest tylko na krótki czas. Zwykle zostaje w ciele przez kilka dni.
check-q2-c = Nie. Pomaga sercu przez kilka dni, a w tym czasie serce może się poprawić.
check-q2-c-why = Pompa to pomoc na krótko. Serce może się poprawić, gdy odpoczywa, ale może też się nie poprawić.
check-q2-ask = Co się stanie, jeśli serce się nie poprawi?

check-q3 = W jednym badaniu brały udział osoby, które miały wstrząs po zawale serca. Ile na sto osób zmarło w ciągu sześciu miesięcy?
check-q3-a = Mniej więcej tyle samo z pompą i bez niej.
check-q3-a-why = W tym badaniu z pompą zmarło mniej osób.
check-q3-b = { $with } na sto osób z pompą i { $without } na sto osób bez niej.
check-q3-b-why = Czyli po sześciu miesiącach żyło { $alive-with } na sto osób z pompą i { $alive-without } na sto osób bez niej. Do badania przyjęto tylko część osób z takim wstrząsem.
check-q3-c = Z pompą nikt nie zmarł.
check-q3-c-why = Pompa pomogła części osób. Ale wiele osób we wstrząsie i tak zmarło, z pompą lub bez niej.
check-q3-ask = { $who ->
        [other] Czy liczby z badania pasują do osoby, za którą decyduję?
       *[self] Czy liczby z badania pasują do mnie?
    }

check-q4 = Ile na sto osób w tym samym badaniu miało w ciągu sześciu miesięcy poważny problem związany z urządzeniem, na przykład krwawienie albo za słaby dopływ krwi do nogi?
check-q4-a = Mniej osób z pompą niż bez niej.
check-q4-a-why = Z pompą poważne problemy zdarzały się częściej, a nie rzadziej.
check-q4-b = Nikt. Pompa nie powoduje żadnych problemów.
check-q4-b-why = Pompa może powodować poważne problemy. To prawdziwe ryzyko.
check-q4-c = { $with } na sto osób z pompą i { $without } na sto osób bez niej.
check-q4-c-why = Z pompą poważne problemy zdarzały się częściej. Te liczby pochodzą z tego samego badania i dotyczą sześciu miesięcy.
check-q4-ask = Jakie problemy może spowodować pompa i co zrobicie, jeśli się pojawią?

check-q5 = Ile na sto osób w tym samym badaniu potrzebowało dializy nerek w ciągu sześciu miesięcy? Dializa to leczenie, w którym maszyna wykonuje pracę nerek.
check-q5-a = { $with } na sto osób z pompą i { $without } na sto osób bez niej.
check-q5-a-why = Z pompą więcej osób potrzebowało dializy. Te liczby pochodzą z tego samego badania i dotyczą sześciu miesięcy.
check-q5-b = Mniej osób z pompą niż bez niej.
check-q5-b-why = Z pompą dializy potrzebowało więcej osób, a nie mniej.
check-q5-c = Nikt nie potrzebował dializy.
check-q5-c-why = W tym badaniu wiele osób potrzebowało dializy, z pompą lub bez niej.
check-q5-ask = Na ile prawdopodobna jest dializa i jak długo może być potrzebna?

check-q6 = Co się stanie, jeśli pompa nie zostanie użyta?
check-q6-a = Całe pozostałe leczenie zostanie przerwane.
check-q6-a-why = Odmowa pompy nigdy nie oznacza odmowy leczenia.
check-q6-b = Zespół nadal opiekuje się pacjentem i stosuje inne leczenie.
check-q6-b-why = Nazywa się to standardowym leczeniem. Mogą to być leki, udrożnienie zatkanego naczynia krwionośnego, respirator albo inne maszyny wspomagające serce.
check-q6-c = Pacjent musi opuścić szpital.
check-q6-c-why = Pacjent zostaje w szpitalu, a zespół nadal się nim opiekuje.
check-q6-ask = Co zrobicie, jeśli pompa nie zostanie użyta?

check-q7 = Na ile eksperci są pewni, jeśli chodzi o tę pompę?
check-q7-a = Są pewni, że pomaga każdemu.
check-q7-a-why = Nie ma dość danych naukowych, żeby mieć pewność. Wyniki badania mogą nie pasować do każdego.
check-q7-b = Są pewni, że nie pomaga.
check-q7-b-why = Jedno badanie wykazało mniej zgonów z pompą. Ale dane naukowe nadal nie są pewne.
check-q7-c = Nie są jeszcze pewni. NICE mówi, że można ją stosować, dopóki zbiera się więcej danych naukowych.
check-q7-c-why = Jest jedno dobre badanie, ale przyjęto do niego tylko część osób. W NHS wyniki każdego pacjenta, u którego zastosowano pompę, są zapisywane, żeby dowiedzieć się więcej.
check-q7-ask = Na ile jesteście pewni, że pompa pomogłaby w tym przypadku?

check-q8 = Czy liczby z badania pasują do każdej osoby we wstrząsie?
check-q8-a = Nie. Do badania przyjęto tylko część osób, u których wstrząs wystąpił po zawale serca.
check-q8-a-why = Na przykład nie przyjęto osób, które po zatrzymaniu serca pozostawały nieprzytomne. Badanie nie dotyczyło wstrząsu z innych przyczyn. W dokumentacji jednego szpitala tylko około { $fit } na dziesięć osób z takim wstrząsem spełniłoby warunki udziału w badaniu.
check-q8-b = Tak, pasują do każdego.
check-q8-b-why = Badanie miało ścisłe zasady, kto może wziąć w nim udział. Dlatego jego liczby mogą nie pasować do każdego.
check-q8-c = Tak, jeśli chory jest w bardzo ciężkim stanie.
check-q8-c-why = Sam bardzo ciężki stan nie wystarczy. Do badania przyjęto tylko część osób, według ścisłych zasad.
check-q8-ask = { $who ->
        [other] Czym osoba, za którą decyduję, różni się od osób z badania?
       *[self] Czym różnię się od osób z badania?
    }
