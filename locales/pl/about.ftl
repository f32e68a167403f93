## O tym przewodniku, jego źródłach i prywatności.

about-title = O tym przewodniku i jego źródłach
about-what-title = Czym jest ten przewodnik
about-what-1 = Przewodnik po pompie serca opisuje pompę serca stosowaną w Wielkiej Brytanii we wstrząsie kardiogennym. Jest przeznaczony dla pacjentów, rodzin i personelu medycznego w trakcie szkolenia.
about-what-2 = Służy wyłącznie do nauki. Nie jest poradą medyczną. O leczeniu decyduje zespół medyczny razem z pacjentem lub jego rodziną.
about-basis-title = Na czym się opiera
about-basis-1 = Przewodnik opiera się na wytycznych NICE dotyczących procedur interwencyjnych HTG775, opublikowanych 25 marca 2026 r.: „Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock” (przezskórne wprowadzenie cewnikowej mikroosiowej pompy przepływowej lewej komory we wstrząsie kardiogennym).
about-basis-2 = NICE stwierdza, że pompa może być stosowana w NHS, dopóki zbiera się więcej danych naukowych. Oznacza to szczególną staranność przy uzyskiwaniu zgody, a wyniki każdego pacjenta są zapisywane.
about-basis-3 = Sposób, w jaki ten przewodnik przedstawia liczby i możliwości wyboru, jest zgodny z międzynarodowymi standardami dla narzędzi wspierających decyzje.
about-checked = Treść sprawdzono: { $date }.
about-update = Sprawdzamy treść ponownie, gdy NICE aktualizuje swoje wytyczne albo gdy ukaże się ważne nowe badanie.
about-next-review = Następne sprawdzenie treści: najpóźniej { $date }. Jeśli ta data już minęła, przewodnik może być nieaktualny: zapytaj swój zespół medyczny.
about-funding = Nikt nie zapłacił za ten przewodnik. Żaden producent urządzeń medycznych nie brał udziału w jego pisaniu.

about-sources-title = Źródła
source-nice-htg775 = NICE. Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock. Wytyczne dotyczące procedur interwencyjnych HTG775, 25 marca 2026.
source-nice-htg775-public = NICE. Informacje dla pacjentów i społeczeństwa dotyczące HTG775, 25 marca 2026.
source-nice-htg774 = NICE. Surgical insertion of a catheter-based left ventricular microaxial flow pump through the armpit for cardiogenic shock. Wytyczne dotyczące procedur interwencyjnych HTG774, 2026.
source-danger = Główna publikacja wyników badania. Møller JE, Engstrøm T, Jensen LO, et al. Microaxial flow pump or standard care in infarct-related cardiogenic shock (DanGer Shock). New England Journal of Medicine, 2024;390:1382–1393. doi 10.1056/NEJMoa2312572.
source-danger-bleeding = Badacze DanGer Shock. Bleeding with a microaxial flow pump in infarct-related cardiogenic shock: an analysis of the DanGer Shock trial. JACC: Cardiovascular Interventions, 2026;19(3):302–312. doi 10.1016/j.jcin.2025.10.051.
source-danger-10y = Møller JE et al. Długoterminowa obserwacja uczestników badania DanGer Shock, do 10 lat (analiza nieplanowana). New England Journal of Medicine, 2025, korespondencja (list do redakcji); przedstawiona na Kongresie Europejskiego Towarzystwa Kardiologicznego 2025.
source-danger-esc = Badacze DanGer Shock. Wystąpienie na Kongresie Europejskiego Towarzystwa Kardiologicznego, 2025 (jak długo pacjenci zwykle mieli pompę: około 72 godzin; nie jest to opublikowana mediana).
source-danger-icu = Badacze DanGer Shock. Predicting fast recovery in infarct-related cardiogenic shock: an analysis of the DanGer Shock trial. European Heart Journal: Acute Cardiovascular Care, 2025 (analiza nieplanowana, post hoc).
source-danger-escalation = Schrage B et al. Escalation to other temporary mechanical circulatory support in the DanGer Shock trial. European Heart Journal: Acute Cardiovascular Care, 2025 (analiza nieplanowana, post hoc).
source-planka = Planka RM et al. Ile osób ze wstrząsem kardiogennym w dokumentacji jednego austriackiego ośrodka (721 osób, 2019–2024) spełniało kryteria badania DanGer Shock i jakie miały wyniki. Catheterization and Cardiovascular Interventions, 2025. doi 10.1002/ccd.70239.
source-impress = Małe badanie. Ouweneel DM, Eriksen E, Sjauw KD, et al. Percutaneous mechanical circulatory support versus intra-aortic balloon pump in cardiogenic shock after acute myocardial infarction (IMPRESS in Severe Shock). Journal of the American College of Cardiology, 2017;69(3):278–287. doi 10.1016/j.jacc.2016.10.022.
source-isar = Małe badanie. Seyfarth M, Sibbing D, Bauer I, et al. A randomized clinical trial to evaluate the safety and efficacy of a percutaneous left ventricular assist device versus intra-aortic balloon pumping for treatment of cardiogenic shock caused by myocardial infarction (ISAR-SHOCK). Journal of the American College of Cardiology, 2008;52(19):1584–1588. doi 10.1016/j.jacc.2008.05.065.
source-eclsshock = Główna publikacja wyników badania. Thiele H, Zeymer U, Akin I, et al. Extracorporeal life support in infarct-related cardiogenic shock (ECLS-SHOCK). New England Journal of Medicine, 2023;389:1286–1297. doi 10.1056/NEJMoa2307227.
source-support-levels = Dwa przeglądy dotyczące tego, ile krwi może przepompować każde urządzenie wspomagające. Atti V et al., Heart International, 2022;16(1):37–48, tabela 3. Jiritano F et al., Cardiac Failure Review, 2020;6:e01, tabela 2.
source-iabp = Thiele H, Zeymer U, Neumann FJ, et al. Intraaortic balloon support for myocardial infarction with cardiogenic shock (IABP-SHOCK II). New England Journal of Medicine, 2012;367:1287–1296. doi 10.1056/NEJMoa1208410. Wyniki po 1 roku: The Lancet, 2013.
source-scai = Naidu SS, Baran DA, Jentzer JC, et al. SCAI SHOCK stage classification expert consensus update: a review and incorporation of validation studies. Journal of the American College of Cardiology, 2022;79(9):933–946. Liczby zgonów dla każdego stadium pochodzą z tabeli w przeglądzie badań walidacyjnych (PMC11198174).
source-berg = Przegląd. Berg DD, Bohula EA, Morrow DA. Epidemiology and causes of cardiogenic shock. Current Opinion in Critical Care, 2021.
source-stroke-review = Przegląd dotyczący udaru przy czasowym mechanicznym wspomaganiu krążenia we wstrząsie kardiogennym. Thieme, 2025. doi 10.1055/a-2697-3309.
source-shock-trial = Sleeper LA, Ramanathan K, Picard MH, et al. Functional status and quality of life after emergency revascularization for cardiogenic shock complicating acute myocardial infarction (badanie SHOCK). Journal of the American College of Cardiology, 2005;46(2):266–273.
source-pics = Przegląd dotyczący życia po wstrząsie. Hall SA et al. Survivorship after cardiogenic shock. Circulation, 2025. doi 10.1161/CIRCULATIONAHA.124.068203.
source-maker = Abiomed (producent). Instrukcje używania Impella 2.5 i Impella CP oraz instrukcja obsługi Automated Impella Controller (przepływy dla każdego poziomu P, jak długo pompa może pozostać w ciele), a także zalecenia producenta dotyczące zamykania naczynia, powołujące się na: Burzotta F et al., International Journal of Cardiology, 2015;201:684–691.
source-pepe = Przegląd tego, jak definiuje się wstrząs. Pepe M, Bortone AS, Giordano A, et al. Cardiogenic shock following acute myocardial infarction: what’s new? Shock, 2020;53(4):391–399. doi 10.1097/SHK.0000000000001377.
source-ipdas = Standardy dla narzędzi wspierających decyzje. Elwyn G, O’Connor A, Stacey D, et al. Developing a quality criteria framework for patient decision aids: online international Delphi consensus process (International Patient Decision Aid Standards, IPDAS). BMJ, 2006;333:417.
source-bran = Pytania, które warto zadać przy każdym wyborze. Choosing Wisely UK. BRAN: Benefits, Risks, Alternatives, and what if I do Nothing?
source-mca = Mental Capacity Act 2005 (ustawa o zdolności do podejmowania decyzji, Anglia i Walia) oraz kodeks postępowania do tej ustawy (Code of Practice).

about-privacy-title = Twoja prywatność
about-privacy-1 = Przewodnik działa w Twojej przeglądarce. Niczego nikomu nie wysyła. Nie używa plików cookie, narzędzi analitycznych ani czcionek czy plików z innych stron internetowych.
about-privacy-2 = Zapamiętuje kilka rzeczy, tylko na tym urządzeniu:
about-stored-locale = wybrany język
about-stored-audience = czy czytasz jako pacjent lub członek rodziny, czy jako osoba z personelu medycznego w trakcie szkolenia
about-stored-questions = Twoją listę pytań i notatki dla zespołu medycznego
about-stored-questions-unreadable = kopię zapisanej listy pytań, której nie udało się odczytać, zachowaną, żeby nic nie zginęło
about-stored-decide = Twoje odpowiedzi w części „Przygotuj się do decyzji”: pytania, to, co jest ważne, oraz notatki na spotkanie
about-stored-decide-unreadable = kopię zapisanych odpowiedzi z części „Przygotuj się do decyzji”, których nie udało się odczytać, zachowaną, żeby nic nie zginęło
about-privacy-3 = Możesz je tu usunąć w każdej chwili albo wyczyścić dane tej strony w swojej przeglądarce.

about-licence-title = Licencja
about-licence = Kod przewodnika można swobodnie wykorzystywać na licencji MIT lub Apache 2.0.
about-delete = Usuń wszystko, co zapisał ten przewodnik
about-deleted = Gotowe. Wszystko, co ten przewodnik zapisał na tym urządzeniu, zostało usunięte.

about-stored-progress = Twoje wyniki z sali ćwiczeń, ukończone ćwiczenia oraz zapis każdej próby scenariusza:
about-stored-progress-unreadable = Zapisy ćwiczeń, których nie udało się odczytać, odłożone na bok, żeby nie przepadły:
