## Strona startowa.

home-title = Przewodnik po pompie serca
home-intro-1 = Wstrząs kardiogenny to stan, w którym serce nagle nie może pompować tyle krwi, ile potrzebuje organizm.
home-intro-2 = Pompa serca to bardzo mała pompa na końcu cienkiej rurki. Lekarze wprowadzają ją do serca przez naczynie krwionośne, zwykle w pachwinie.
home-intro-3 = Przez kilka dni pompa przepompowuje krew zamiast serca. Dzięki temu serce może odpocząć i być może wrócić do sił.

home-choose-title = Kto czyta?
home-choose-help = Wybierz jedną odpowiedź. Od niej zależy, co przewodnik pokaże najpierw. Możesz ją zmienić w każdej chwili.
audience-choose-patient = Jestem pacjentem lub członkiem rodziny
audience-choose-clinician = Należę do personelu medycznego i się szkolę
home-chosen = Czytasz jako: { $audience }.

home-covers-title = O czym jest ten przewodnik
home-covers-patient-1 = Czym jest wstrząs kardiogenny i dlaczego jest tak groźny.
home-covers-patient-2 = Co robi pompa serca, a czego nie potrafi.
home-covers-patient-3 = Jak krok po kroku wprowadza się pompę.
home-covers-patient-4 = Możliwe korzyści i ryzyko, podane jako liczby na 100 osób.
home-covers-patient-5 = Inne możliwości i co się dzieje bez pompy.
home-covers-patient-6 = Pytania, które możesz chcieć zadać zespołowi medycznemu.
home-covers-patient-7 = Pomoc w przygotowaniu do decyzji: sprawdź, co rozumiesz, powiedz, co jest ważne, i przygotuj się do spotkania.
home-easy-read = Tekst łatwy do czytania: pompa serca w skrócie, z obrazkami
home-covers-clinician-1 = Symulacja serca, krążenia i pompy na żywo: ciśnienia, przepływy i pętle ciśnienie–objętość.
home-covers-clinician-2 = Jak prędkość pompy, funkcja serca i objętość krwi zmieniają odciążenie komory.
home-covers-clinician-3 = Ćwiczenia z przygotowania konsoli i pozycjonowania pompy.
home-covers-clinician-4 = Scenariusze alarmów z informacją zwrotną: zasysanie, nieprawidłowa pozycja, problemy z płukaniem i hemoliza.
home-covers-clinician-5 = Dowody naukowe i ich ograniczenia, ze źródłami.

home-disclaimer-title = Przeczytaj, proszę
home-disclaimer-1 = Ten przewodnik służy do nauki. Nie jest poradą medyczną.
home-disclaimer-2 = Twój zespół medyczny Cię zna. To lekarze razem z Tobą albo z Twoją rodziną decydują, co będzie najlepsze.
home-disclaimer-3 = Nic, co tu robisz, nie opuszcza tego urządzenia. Nie ma konta ani śledzenia.
home-basis = Na podstawie wytycznych NICE HTG775 (25 marca 2026).
home-about-link = Przeczytaj o tym przewodniku i jego źródłach
