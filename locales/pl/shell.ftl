## Rama każdej strony: nagłówek, nawigacja, stopka, komunikaty, błędy.

app-name = Przewodnik po pompie serca
app-tagline = Przewodnik po pompie serca stosowanej we wstrząsie kardiogennym

skip-to-content = Przejdź do głównej treści
nav-label = Menu główne
# The button that opens the main navigation on a phone.
nav-menu = Menu
nav-home = Strona główna
nav-about = O przewodniku i źródła

language-label = Język
language-unchecked = To tłumaczenie nie zostało jeszcze sprawdzone przez profesjonalnego tłumacza medycznego. Jeśli coś jest niejasne, zapytaj zespół medyczny albo przełącz przewodnik na język angielski.
shell-unknown-locale = Język „{ $lang }” nie jest dostępny. Przewodnik jest wyświetlany po angielsku.

audience-label = Czytasz jako
audience-short-patient = Pacjent lub rodzina
audience-short-clinician = Personel medyczny w szkoleniu
audience-switch = Zmień

footer-disclaimer = Ten przewodnik służy do nauki. Nie jest poradą medyczną. O Twoim leczeniu decyduje zespół medyczny.
footer-privacy = Nic, co tu robisz, nie opuszcza tego urządzenia. Bez konta, bez plików cookie, bez śledzenia.
footer-about = O przewodniku i źródła
footer-reviewed = Sprawdzono: { $checked }. Następne sprawdzenie: najpóźniej { $next }.

notfound-title = Nie znaleziono strony
notfound-body = Nie udało się znaleźć tej strony. Mogła zostać przeniesiona.
notfound-home = Przejdź do strony startowej

crash-title = Przepraszamy, coś poszło nie tak
crash-body = Przewodnik przestał działać. Twoje zapisane notatki nadal są na tym urządzeniu. Zwykle pomaga ponowne załadowanie strony.
crash-reload = Załaduj przewodnik ponownie

storage-unavailable = Ta przeglądarka nie pozwala przewodnikowi niczego zapisać, więc Twoje wybory zostaną zapomniane po jej zamknięciu.
settings-reset = Nie udało się odczytać ustawienia zapisanego na tym urządzeniu, więc zostało ono wyzerowane. W razie potrzeby wybierz ponownie język i rodzaj czytelnika.
update-ready = Jest gotowa nowa wersja przewodnika. Załaduj stronę ponownie, aby z niej korzystać.
update-reload = Załaduj teraz
audience-none = Jeszcze nie wybrano

## Strony przewodnika dla pacjenta w nawigacji.
nav-shock = Wstrząs kardiogenny
nav-pump = Pompa
nav-insertion = Jak się ją wprowadza
nav-risks = Korzyści i ryzyko
nav-options = Inne możliwości
nav-after = Czas z pompą
nav-family = Dla rodziny
nav-questions = Moje pytania
nav-decide = Przygotuj się do decyzji
decide-step-check = Sprawdź, co rozumiesz
decide-step-values = Co jest najważniejsze
decide-step-meeting = Przygotuj się do spotkania
decide-step-summary = Jedna strona dla zespołu
easy-read-title = Tekst łatwy do czytania: pompa serca
nav-glossary = Słowniczek

# Przełączanie na język, którego tekst jest pobierany z tej strony przy pierwszym wyborze.
language-loading = Wczytywanie języka: { $lang }…
language-load-failed = Nie udało się wczytać języka: { $lang }. Sprawdź połączenie z internetem i spróbuj ponownie. Do tego czasu przewodnik jest wyświetlany po angielsku.

# Demo, sala ćwiczeń i ograniczenia modelu potrzebują symulacji: drugiego pliku pobieranego za pierwszym razem.
simulator-loading = Wczytywanie symulacji…
simulator-failed-title = Nie udało się wczytać symulacji
simulator-failed-offline = Nie masz połączenia z internetem, a symulacja nie została jeszcze zapisana na tym urządzeniu. Połącz się z internetem i spróbuj ponownie.
simulator-failed-network = Nie udało się jej pobrać. Sprawdź połączenie z internetem i spróbuj ponownie.
simulator-failed-rest = Reszta przewodnika nadal działa.
simulator-failed-updated = Nowa wersja przewodnika jest gotowa. Odśwież stronę, aby otworzyć symulację.
simulator-retry = Spróbuj ponownie
simulator-reload = Odśwież
simulator-go-home = Przejdź do strony głównej
# To samo dla innych części przewodnika pobieranych przy pierwszym otwarciu („Przygotuj się do decyzji”).
part-loading = Wczytywanie tej części przewodnika…
part-failed-title = Nie udało się wczytać tej części przewodnika
part-failed-offline = Nie masz połączenia z internetem, a ta część przewodnika nie została jeszcze zapisana na tym urządzeniu. Połącz się z internetem i spróbuj ponownie.
part-failed-updated = Nowa wersja przewodnika jest gotowa. Odśwież stronę, aby otworzyć tę część.
part-failed-network = Nie udało się jej pobrać. Sprawdź połączenie z internetem i spróbuj ponownie.

## Tytuły stron symulacji: ramka strony (nawigacja, tytuł dokumentu) potrzebuje ich, zanim wczyta się tekst samej symulacji.
nav-demo = Jak działa pompa
limits-title = Czego ta symulacja nie może pokazać
nav-practice = Sala ćwiczeń
pr-console-title = Symulator konsoli
pr-setup-title = Ćwiczenie przygotowania
pr-pos-title = Ćwiczenie pozycjonowania
pr-record-title = Zapis ćwiczeń
sc-title-suction-1 = Alarm zasysania 1
sc-title-suction-2 = Alarm zasysania 2
sc-title-position-in-ventricle = Pozycja w komorze
sc-title-position-wrong = Nieprawidłowa pozycja
sc-title-purge-pressure-high = Wysokie ciśnienie płukania
sc-title-pump-stopped = Pompa zatrzymana
sc-title-haemolysis = Hemoliza
sc-title-weaning = Odzwyczajanie od wspomagania
sc-title-removal = Usunięcie pompy
sc-title-position-unknown = Pozycja nieznana
sc-title-purge-2 = Wysokie ciśnienie płukania 2
sc-title-bleeding = Krwawienie w pachwinie
sc-title-ecmo = Na ECMO: płaska krzywa z linii tętniczej

# „Posłuchaj tej strony”: przeglądarka czyta stronę na głos (src/read_aloud.rs).
read-aloud-listen = Posłuchaj tej strony
read-aloud-pause = Wstrzymaj
read-aloud-resume = Wznów
read-aloud-stop = Zatrzymaj
read-aloud-starting = Przygotowanie do czytania…
read-aloud-reading = Czytanie tej strony na głos.
read-aloud-paused = Wstrzymano.
read-aloud-finished = Zakończono czytanie tej strony.
read-aloud-stopped = Zatrzymano.
read-aloud-no-voice = To urządzenie nie ma głosu dla tego języka ({ $language }), więc nie może przeczytać tej strony na głos.
read-aloud-unsupported = Ta przeglądarka nie potrafi czytać stron na głos.
read-aloud-not-loaded = Nie udało się pobrać funkcji czytania na głos. Sprawdź połączenie z internetem i spróbuj ponownie.
read-aloud-failed = Przeglądarka nie przeczytała strony na głos. Spróbuj ponownie albo sprawdź ustawienia mowy w urządzeniu.
