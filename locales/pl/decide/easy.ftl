## Strony dla pacjentów: podsumowanie całej decyzji w tekście łatwym do czytania (jedna myśl w wierszu, obok każdej obrazek, duży tekst). Liczby pochodzą z aplikacji (zmienne), nigdy nie są tu wpisane.

easy-intro = Ta strona mówi krótko i prosto o pompie serca.
easy-heart = Serce jest bardzo słabe. Nie może pompować dość krwi do całego ciała.
easy-shock = Nazywa się to wstrząsem kardiogennym. To jest bardzo groźne.
easy-pump = Bardzo mała pompa może pomóc sercu. Lekarze wkładają ją przez rurkę, zwykle w górnej części nogi.
easy-rest = Przez kilka dni pompa pompuje krew zamiast serca. Dzięki temu serce może odpocząć.
easy-study = Jedno badanie objęło osoby, u których wstrząs był skutkiem zawału serca. Sprawdzono w nim, co się stało po sześciu miesiącach.
easy-alive = Z pompą zmarło { $died-with } na sto osób, a żyło { $alive-with }. Bez pompy zmarło { $died-without } na sto osób, a żyło { $alive-without }.
easy-problems = Pompa może powodować problemy, na przykład krwawienie. Z pompą { $harm-with } na sto osób miało poważny problem. Bez pompy taki problem miało { $harm-without } na sto osób.
easy-dialysis = Z pompą { $dialysis-with } na sto osób potrzebowało maszyny, która pracuje za nerki (dializy). Bez pompy dializy potrzebowało { $dialysis-without } na sto osób.
easy-unsure = Lekarze nie są jeszcze pewni, jak dobrze działa pompa. W badaniu brały udział tylko niektóre osoby. Te liczby mogą do Ciebie nie pasować. Zapytaj zespół.
easy-no = Możesz nie zgodzić się na pompę. Zespół nadal będzie się Tobą opiekować. Może otworzyć zatkaną tętnicę, podać leki i użyć respiratora albo innych maszyn.
easy-comfort = Niektóre osoby wybierają opiekę skupioną na komforcie, bez kolejnych maszyn.
easy-ask = Możesz zadawać pytania. Możesz poprosić zespół, żeby coś powtórzył.
easy-family = Rodzina może pomóc. Może powiedzieć zespołowi, czego chciałaby ta osoba.
easy-together = Jeśli pacjent nie może decydować, zespół wybiera to, co dla niego najlepsze, po rozmowie z rodziną. Osoba z trwałym pełnomocnictwem (Lasting Power of Attorney) w sprawach zdrowia może decydować za pacjenta.
easy-pictures = Zobacz te liczby na obrazkach ze stu osobami
easy-more = Chcesz wiedzieć więcej? Przeczytaj cały przewodnik.
easy-prepare = Przygotuj się do rozmowy z zespołem
