## Strona dla pacjentów: własna lista pytań czytelnika do zespołu medycznego.

questions-title = Moje pytania
questions-intro = Zaznacz pytania, które chcesz zadać zespołowi medycznemu. Dodaj własne pytania. Zapisz notatki. Potem wydrukuj albo skopiuj swoją listę.
questions-privacy = Twoja lista jest zapisana tylko w tej przeglądarce, na tym urządzeniu. Nie jest nigdzie wysyłana. Możesz ją usunąć w każdej chwili.

questions-nice-title = Pytania proponowane przez NICE
questions-nice-1 = Ile wizyt kontrolnych będę potrzebować później?
questions-nice-2 = Co dobrego może dać pompa? Na ile jest to prawdopodobne?
questions-nice-3 = Co może pójść źle i jakie mogą być skutki uboczne? Na ile są one prawdopodobne?
questions-nice-4 = Jak długo zostanę w szpitalu?
questions-nice-5 = Co się stanie, jeśli pompa nie zadziała albo jeśli coś pójdzie źle?
questions-nice-6 = Co się stanie, jeśli nie zgodzę się na pompę?
questions-nice-7 = Czy w moim przypadku możliwe są inne metody leczenia?

questions-bran-title = Cztery pytania przy każdej decyzji (BRAN)
questions-bran-help = B, R, A i N to pierwsze litery angielskich słów: Benefits (korzyści), Risks (ryzyko), Alternatives (inne możliwości) i Nothing (nic nie robić).
questions-bran-b = Korzyści: jak to może mi pomóc?
questions-bran-r = Ryzyko: jakie jest ryzyko w moim przypadku?
questions-bran-a = Inne możliwości: co jeszcze możemy zrobić?
questions-bran-n = Nic nie robić: co się stanie, jeśli nic nie zrobimy albo poczekamy?

questions-device-title = Pytania o tę pompę
questions-device-1 = Czy przypominam osoby z badania? Czy te liczby pasują do mnie?
questions-device-2 = Jak często w tym szpitalu zakłada się tę pompę?
questions-device-3 = Czy pompa zostanie wprowadzona przez pachwinę, czy w okolicy pachy? Dlaczego?
questions-device-4 = Jak długo pompa zostanie w ciele? Jak zostanie podjęta decyzja, kiedy ją usunąć?
questions-device-5 = Co się stanie, jeśli moje serce się nie poprawi?
questions-device-6 = Co trafi do rejestru i kto to zobaczy?
questions-device-7 = Czy moja rodzina może być ze mną i z kim może porozmawiać?

questions-own-title = Twoje własne pytania
questions-own-label = Wpisz pytanie
questions-own-add = Dodaj to pytanie
questions-own-remove = Usuń
questions-own-remove-label = Usuń pytanie: { $text }

questions-notes-title = Notatki
questions-notes-label = Twoje notatki, na przykład nazwiska personelu albo otrzymane odpowiedzi

questions-chosen = { $count ->
    [0] Nie wybrano jeszcze żadnych pytań.
    [one] Wybrano 1 pytanie.
    [few] Wybrano { $count } pytania.
   *[many] Wybrano { $count } pytań.
}

questions-actions-title = Wydrukuj, skopiuj lub usuń swoją listę
questions-print = Wydrukuj moją listę
questions-copy = Skopiuj jako tekst
questions-copied = Skopiowano. Możesz teraz wkleić listę do wiadomości lub e-maila.
questions-copy-failed = Ta przeglądarka nie pozwoliła przewodnikowi skopiować tekstu. Zaznacz tekst w polu poniżej i skopiuj go samodzielnie.
questions-copy-box = Twoja lista jako tekst
questions-delete = Usuń moją listę
questions-deleted = Twoja lista została usunięta z tego urządzenia.
questions-not-saved = Ta przeglądarka nie pozwala przewodnikowi niczego zapisać. Twoja lista zniknie po zamknięciu strony, więc najpierw ją wydrukuj albo skopiuj.

questions-unreadable = Nie udało się odczytać listy zapisanej na tym urządzeniu, więc zaczęliśmy nową. Starą kopię zachowaliśmy w tej przeglądarce, więc nic nie zginęło.
questions-unreadable-show = Pokaż starą zapisaną kopię

questions-print-title = Moje pytania do zespołu medycznego
questions-print-notes = Moje notatki
questions-print-empty = Nie wybrano żadnych pytań.
