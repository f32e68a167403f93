## Strony dla pacjentów: „Przygotuj się do decyzji”, krok drugi: co jest najważniejsze. Każde zdanie ma dwie formy: pacjenta mówiącego o sobie ($who = self) i członka rodziny mówiącego o pacjencie ($who = other).

values-intro = { $who ->
        [other] Pomyśl, co ta osoba uznałaby za najważniejsze, gdyby mogła mówić sama za siebie. Chodzi o nią, a nie o to, czego chcesz Ty.
       *[self] Pomyśl, co jest dla Ciebie najważniejsze. Nie ma tu dobrych ani złych odpowiedzi.
    }
values-intro-2 = Możesz zmienić swoje odpowiedzi w każdej chwili. Nic tutaj nie decyduje za Ciebie. Pomaga to zespołowi zrozumieć.
values-scale-title = { $who ->
        [other] Co jest bliższe temu, czego chciałaby ta osoba?
       *[self] Co jest bliższe temu, czego chcesz?
    }
values-pole-more = Robić wszystko, co może pomóc żyć dłużej, nawet jeśli to oznacza maszyny i ryzyko.
values-pole-comfort = Skupić się na komforcie i czasie z rodziną, bez kolejnych maszyn.
values-scale-1 = Dużo bliżej: robić wszystko, co może pomóc
values-scale-2 = Trochę bliżej: robić wszystko, co może pomóc
values-scale-3 = Jedno i drugie jest tak samo ważne
values-scale-4 = Trochę bliżej: skupić się na komforcie
values-scale-5 = Dużo bliżej: skupić się na komforcie
values-statements-title = { $who ->
        [other] Czy ta osoba by się zgodziła?
       *[self] Czy się zgadzasz?
    }
values-statements-help = Przy każdym zdaniu wybierz: zgadzam się, nie mam pewności albo nie zgadzam się.
values-agree = Zgadzam się
values-unsure = Nie mam pewności
values-disagree = Nie zgadzam się
values-s-awake = { $who ->
        [other] Dla tej osoby bardzo ważne byłoby, żeby zachować przytomność i móc rozmawiać z rodziną.
       *[self] Bardzo ważne jest dla mnie, żeby zachować przytomność i móc rozmawiać z rodziną.
    }
values-s-dialysis = { $who ->
        [other] Jeśli to możliwe, ta osoba chciałaby uniknąć dializy nerek.
       *[self] Jeśli to możliwe, chcę uniknąć dializy nerek.
    }
values-s-trial = { $who ->
        [other] Ta osoba chciałaby spróbować leczenia przez określony czas i przerwać je, jeśli nie pomaga.
       *[self] Chcę spróbować leczenia przez określony czas i przerwać je, jeśli nie pomaga.
    }
values-s-risk = { $who ->
        [other] Ta osoba zaakceptowałaby większe ryzyko krwawienia w zamian za większą szansę na przeżycie.
       *[self] Akceptuję większe ryzyko krwawienia w zamian za większą szansę na przeżycie.
    }
values-s-independent = { $who ->
        [other] Dla tej osoby bardzo ważne byłoby, żeby znów móc żyć samodzielnie.
       *[self] Bardzo ważne jest dla mnie, żeby znów móc żyć samodzielnie.
    }
values-own-title = Własnymi słowami
values-own-label = { $who ->
        [other] Co jeszcze, według tej osoby, jest ważne? (nieobowiązkowo)
       *[self] Co jeszcze jest dla Ciebie ważne? (nieobowiązkowo)
    }