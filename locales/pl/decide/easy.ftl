## Strony dla pacjentów: podsumowanie całej decyzji w tekście łatwym do czytania (jedna myśl w wierszu, obok każdej obrazek, duży tekst). Liczby pochodzą z aplikacji (zmienne), nigdy nie są tu wpisane.

easy-intro = Ta strona mówi krótko i prosto o pompie serca.
easy-heart = Serce jest bardzo słabe. Nie może pompować dość krwi do całego ciała.
easy-shock = Nazywa się to wstrząsem kardiogennym. To jest bardzo groźne. Niektórzy ludzie umierają.
easy-pump = Bardzo mała pompa może pomóc sercu. Lekarze wkładają ją przez rurkę, zwykle w nodze.
easy-rest = Przez kilka dni pompa pompuje krew zamiast serca. Dzięki temu serce może odpocząć.
easy-alive = W jednym badaniu po sześciu miesiącach żyło { $alive-with } na sto osób z pompą. Bez pompy żyło { $alive-without } na sto osób.
easy-problems = Pompa może powodować problemy, na przykład krwawienie. W tym samym badaniu { $harm-with } na sto osób z pompą miało poważny problem. Bez pompy taki problem miało { $harm-without } na sto osób.
easy-unsure = Lekarze nie są jeszcze pewni, jak dobrze działa pompa. W badaniu brały udział tylko niektóre osoby.
easy-no = Możesz nie zgodzić się na pompę. Zespół nadal będzie się Tobą opiekować.
easy-ask = Możesz zadawać pytania. Możesz poprosić zespół, żeby coś powtórzył.
easy-family = Rodzina może pomóc. Może powiedzieć zespołowi, czego chciałaby ta osoba.
easy-together = Zespół decyduje razem z pacjentem albo rozmawia z rodziną.
easy-more = Chcesz wiedzieć więcej? Przeczytaj cały przewodnik.
easy-prepare = Przygotuj się do rozmowy z zespołem
