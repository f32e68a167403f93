## Strony dla pacjentów: „Przygotuj się do decyzji”, strona startowa i elementy wspólne dla wszystkich kroków.

decide-intro = Ta część przewodnika pomoże Ci przygotować się do rozmowy z zespołem medycznym. Nie mówi, co wybrać. Tu nie ma dobrego ani złego wyboru.
decide-intro-2 = Składa się z czterech krótkich kroków. Możesz je przejść w dowolnej kolejności i przerwać w każdej chwili.
decide-who-title = Kto podejmuje decyzję?
decide-who-self = Jestem pacjentem
decide-who-other = Pomagam podjąć decyzję za kogoś innego
decide-who-help = Tekst na kolejnych stronach dopasuje się do Ciebie.
decide-who-other-note = Zespół zapyta Cię, czego chciałaby ta osoba. Decyzję medyczną podejmuje zespół, chyba że ta osoba udzieliła Ci trwałego pełnomocnictwa (Lasting Power of Attorney) w sprawach zdrowia. Prawo określa, jak podejmuje się takie decyzje. Więcej przeczytasz na stronie dla rodzin.
decide-steps-title = Cztery kroki
decide-step-check-help = Osiem krótkich pytań o najważniejsze fakty. To nie jest test.
decide-step-values-help = { $who ->
        [other] Opisz własnymi słowami, co jest ważne dla tej osoby.
       *[self] Opisz własnymi słowami, co jest ważne dla Ciebie.
    }
decide-step-meeting-help = Co powiedzieć zespołowi, jak się czujesz i o co zapytać.
decide-step-summary-help = Wszystko, co zapiszesz, na jednej stronie do wydrukowania albo skopiowania.
decide-step-done = Rozpoczęty
decide-step-nav = Kroki
decide-step-of = Krok { $n } z { $total }
decide-privacy = To, co tu zapiszesz, zostaje tylko na tym urządzeniu. Nikt inny tego nie zobaczy, chyba że mu pokażesz. Możesz to usunąć w ostatnim kroku albo na stronie „O przewodniku i źródła”.
decide-unreadable = Nie udało się odczytać czegoś, co było zapisane wcześniej. Zachowaliśmy to osobno, a Ty możesz zacząć od nowa. Starą kopię możesz zobaczyć tutaj.
decide-unreadable-show = Pokaż, co było zapisane wcześniej
decide-not-saved = Ta przeglądarka nie zapisuje Twoich odpowiedzi. Znikną, gdy zamkniesz stronę. Nadal możesz je wydrukować albo skopiować w ostatnim kroku.
decide-next = Następny krok: { $step }