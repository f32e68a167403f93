## Strony dla pacjentów: „Przygotuj się do decyzji”, krok trzeci: przygotowanie do spotkania z zespołem. Nigdy nie zaleca żadnego wyboru.

meeting-intro = { $who ->
        [other] Zespół będzie chciał usłyszeć o tej osobie. Wyjaśni też możliwości. Ta strona pomoże Ci się przygotować.
       *[self] Zespół wyjaśni możliwości. Chce też wysłuchać Ciebie. Ta strona pomoże Ci się przygotować.
    }
meeting-person-title = { $who ->
        [other] Co powiedzieć zespołowi o tej osobie
       *[self] Co powiedzieć zespołowi o sobie
    }
meeting-person-help = { $who ->
        [other] Pomyśl o jej życiu, o tym, co kocha, i o tym, co mówiła wcześniej o ciężkiej chorobie albo o podtrzymywaniu życia przez maszyny. Czy spisała swoje życzenia albo wybrała kogoś, kto ma decydować za nią?
       *[self] Pomyśl o swoim życiu, o tym, co kochasz, i o tym, co zdarzało Ci się wcześniej mówić o ciężkiej chorobie albo o podtrzymywaniu życia przez maszyny. Czy masz spisane swoje życzenia albo wybraną osobę, która ma decydować za Ciebie?
    }
meeting-person-label = { $who ->
        [other] O tej osobie (nieobowiązkowo)
       *[self] O mnie (nieobowiązkowo)
    }
meeting-feelings-title = Jak się czujesz
meeting-feelings-1 = To normalne, że czujesz strach, złość, odrętwienie albo poczucie winy. Wiele rodzin pyta: „A jeśli przerwiemy, a to było za wcześnie?” albo „A jeśli będziemy próbować dalej, a to wszystko tylko utrudni?”
meeting-feelings-2 = Możesz powiedzieć o tym zespołowi. Zespół często słyszy takie słowa. Jeśli leczenie już nie pomaga, można je przerwać. To przyjęte postępowanie i zwykle decyduje się o tym razem z rodziną.
meeting-feelings-label = Co mnie martwi (nieobowiązkowo)
meeting-ask-title = O co zapytać
meeting-ask-help = To pytania zaznaczone przez Ciebie na stronie „Moje pytania”.
meeting-ask-none = Nie masz jeszcze wybranych pytań.
meeting-ask-edit = Wybierz albo wpisz pytania
meeting-trial-title = Próba przez określony czas
meeting-trial-1 = Czasem leczenia próbuje się przez określony czas. Możesz zapytać o to zespół. Na przykład:
meeting-trial-q1 = Czy możemy spróbować pompy przez określony czas, a potem znowu porozmawiać?
meeting-trial-q2 = Po czym poznamy, że pompa pomaga albo że nie pomaga?
meeting-trial-q3 = Co będzie dalej, jeśli pompa nie pomaga?
meeting-trial-add = Dodaj je do moich pytań
meeting-trial-added = Dodano do Twoich pytań.
meeting-law-title = Kto decyduje
meeting-law-1 = W Anglii i Walii, jeśli pacjent nie może sam decydować, zespół podejmuje decyzję zgodnie z dobrem tej osoby, po rozmowie z rodziną.
meeting-law-2 = Jeśli ta osoba udzieliła komuś trwałego pełnomocnictwa (Lasting Power of Attorney) w sprawach zdrowia i opieki, to ten pełnomocnik może decydować. Jeśli nie ma nikogo, kogo można zapytać, może pomóc niezależny rzecznik.
meeting-law-3 = Zespół pyta rodzinę o tę osobę. Rodzina nie podejmuje decyzji medycznej, chyba że ta osoba udzieliła komuś z rodziny trwałego pełnomocnictwa (Lasting Power of Attorney) w sprawach zdrowia.
meeting-notes-label = Notatki na spotkanie (nieobowiązkowo)
