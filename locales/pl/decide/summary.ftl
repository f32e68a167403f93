## Strony dla pacjentów: „Przygotuj się do decyzji”, krok czwarty: jedna strona dla zespołu (do wydruku na jednej stronie A4 albo do skopiowania jako tekst).

summary-intro = Ta strona zbiera razem Twoje wpisy. Możesz ją wydrukować albo skopiować do wiadomości. Nic nie opuszcza tego urządzenia, chyba że zechcesz to komuś przekazać.
summary-name-label = Imię i nazwisko pacjenta (nieobowiązkowo)
summary-print-title = Dla zespołu medycznego
summary-made-by = { $who ->
        [other] Tekst napisany przez członka rodziny lub przedstawiciela pacjenta.
       *[self] Tekst napisany przez pacjenta.
    }
summary-name = Pacjent: { $name }
summary-matters = Co jest najważniejsze
summary-own-words = Własnymi słowami
summary-person = O tej osobie
summary-worries = Obawy
summary-questions = Pytania do zespołu
summary-unsure = Co warto wyjaśnić jeszcze raz
summary-notes = Notatki
summary-nothing = Jeszcze nic nie wpisano.
summary-not-decided = To nie jest decyzja. Ta strona pomaga zespołowi zrozumieć, co jest ważne.
summary-print = Wydrukuj tę stronę
summary-copy = Skopiuj jako tekst
summary-copied = Skopiowano. Możesz teraz wkleić tekst do wiadomości lub e-maila.
summary-copy-failed = Ta przeglądarka nie pozwoliła przewodnikowi skopiować tekstu. Zaznacz tekst w polu poniżej i skopiuj go samodzielnie.
summary-copy-box = Twoja strona jako tekst
summary-delete = Usuń moje wpisy
summary-delete-confirm = Usunąć wszystkie Twoje wpisy z tych czterech kroków? Tego nie da się cofnąć. Twoja lista pytań zostanie zachowana.
summary-delete-yes = Tak, usuń je
summary-delete-no = Nie, zachowaj je
summary-deleted = Usunięto. Twoje odpowiedzi z tych czterech kroków zniknęły z tego urządzenia. Twoja lista pytań została zachowana.
summary-from = Przygotowano w „Przewodniku po pompie serca”. Przewodnik służy do nauki. Nie jest poradą medyczną.
