# Scenariusze alarmów: tytuły, opisy, działania, informacja zwrotna, omówienie.


sc-brief-suction-1 = Pacjent we wstrząsie kardiogennym z pompą klasy CP na P-8. Konsola pokazuje alarm zasysania.
sc-brief-suction-2 = Inny pacjent we wstrząsie kardiogennym z pompą klasy CP na P-8. Konsola pokazuje alarm zasysania.
sc-brief-position-in-ventricle = Pacjent z pompą klasy CP na P-6. Konsola pokazuje „Pozycja w komorze”.
sc-brief-position-wrong = Pacjent z pompą klasy CP na P-6. Konsola pokazuje „Nieprawidłowa pozycja”.
sc-brief-purge-pressure-high = Pacjent z pompą klasy CP na P-6. Konsola ostrzega, że ciśnienie płukania jest wysokie.
sc-brief-pump-stopped = Pacjent z pompą klasy CP na P-8. Pompa właśnie się zatrzymała.
sc-brief-haemolysis = Pacjent z pompą klasy CP na P-9. Trzy próbki wolnej hemoglobiny osocza, pobrane w odstępach co najmniej 8 godzin, przekraczają 40 mg/dl, a mocz jest ciemny.
sc-brief-weaning = Serce odzyskało sprawność: pacjent z pompą klasy CP na P-8 z lepszą kurczliwością. Przeprowadź odzwyczajanie od wspomagania.
sc-brief-removal = Wspomaganie zmniejszono do P-2 i zespół zdecydował o usunięciu pompy.
sc-brief-position-unknown = Pacjent w głębokim wstrząsie kardiogennym z pompą klasy CP na P-8. Konsola pokazuje „Pozycja nieznana”.
sc-brief-purge-2 = Pacjenta z pompą klasy CP na P-6 obrócono dziesięć minut temu podczas toalety. Teraz konsola ostrzega, że ciśnienie płukania jest wysokie.
sc-brief-bleeding = Pacjent z pompą klasy CP na P-6, wprowadzoną przez pachwinę. Pielęgniarka zauważa świeżą krew przesiąkającą przez opatrunek w pachwinie.
sc-brief-ecmo = Pacjent w pogłębiającym się wstrząsie kardiogennym, na VA-ECMO ustawionym na 5 l/min, bez innego urządzenia. Krzywa z linii tętniczej stała się płaska, a ciśnienie zaklinowania jest wysokie.

sc-phys-suction-1 = Przy zbyt małej ilości krwi w komorze pompa zasysała ściany komory do wlotu: przepływ spadał w każdym cyklu serca, a średni przepływ nie mógł wzrosnąć. Pętla ciśnienie–objętość była mała i przesunięta w lewo. Płyny ponownie wypełniły komorę, a obniżenie poziomu P zmniejszyło ssanie; po uzupełnieniu objętości poprzedni poziom dawał większy przepływ bez zasysania. Podniesienie poziomu przy zasysaniu tylko mocniej ssie pustą komorę, nasila uszkodzenie krwinek czerwonych i nie zwiększa przepływu.
sc-phys-suction-2 = Niewydolna prawa komora nie mogła dostarczyć dość krwi do lewej, więc lewa komora się opróżniała, a ciśnienie żylne (CVP) pozostawało wyższe niż ciśnienie napełniania lewej strony (LVEDP). Większa prędkość pompy nie rozwiąże problemu z dopływem. Obniżenie poziomu zmniejszyło zasysanie; po wsparciu prawej komory lewa komora się wypełniła, a poprzedni poziom działał bez zasysania.
sc-phys-position-in-ventricle = Gdy cała pompa była w komorze, tylko mieszała krew wewnątrz komory: przepływ na konsoli wyglądał na wysoki, ale całkowity rzut nie wzrósł, sygnał położenia był komorowy, a prąd silnika płaski. Po wycofaniu pompy tak, by wylot znalazł się w aorcie, pompa znów przetłaczała krew z komory do aorty i komora została odciążona.
sc-phys-position-wrong = Gdy cała pompa była w aorcie, przetłaczała krew z aorty do aorty: brak odciążenia, aortalny sygnał położenia z płaskim prądem silnika, a podniesienie poziomu P tylko nasilało recyrkulację. Po zmianie położenia z wlotem w komorze pętla przesunęła się w lewo, a ciśnienie napełniania spadło.
sc-phys-purge-pressure-high = Płyn płuczący płynie pod prąd krwi, aby nie dopuścić jej do silnika. Zagięty dren albo gęstszy (bardziej stężony) roztwór glukozy wymaga wyższego ciśnienia, aby utrzymać ten sam przepływ płukania. Wyprostowanie drenu lub zmniejszenie stężenia glukozy obniżyło ciśnienie. Zwiększenie szybkości płukania jeszcze bardziej podnosi ciśnienie.
sc-phys-pump-stopped = Zatrzymana pompa leżąca w zastawce aortalnej pozwala krwi cofać się przez kaniulę z aorty do komory: przepływ na konsoli stał się ujemny, komora wypełniła się bardziej, a rzut spadł. Ponowne uruchomienie przywróciło przepływ do przodu; pompę, której nie da się ponownie uruchomić, trzeba wycofać z komory, żeby przestała przeciekać.
sc-phys-haemolysis = W tej symulacji wolna hemoglobina osocza zachowuje się według poglądowej reguły dydaktycznej: rośnie przy zasysaniu, wysokich poziomach P i nieprawidłowej pozycji, a po usunięciu przyczyn w ciągu kilku godzin się obniża. Prawidłowa pozycja, wystarczająca objętość (brak zasysania) i najniższy skuteczny poziom obniżyły wartości w próbkach poniżej 40 mg/dl.
sc-phys-weaning = Zregenerowana komora przejmowała pracę w miarę zmniejszania wspomagania: rzut własny rósł, gdy przepływ pompy malał, a wskaźnik sercowy pozostawał powyżej 2,2. Zatrzymanie pompy, gdy jest ona nadal w komorze, powoduje przeciek wsteczny.
sc-phys-removal = Usunięcie wymaga odpowiednio niskiego ACT, wycofania pompy do aorty na P-2 przed jej zatrzymaniem, a potem ucisku na tętnicę. Usunięcie przy wysokim ACT grozi krwawieniem; zatrzymanie pompy w komorze powoduje przeciek.
sc-phys-position-unknown = Sygnał położenia to ciśnienie aortalne przy wylocie pompy. Gdy serce prawie samo się nie kurczy, to ciśnienie niemal nie pulsuje, więc konsola nie potrafi odróżnić aorty od komory. Pompa się nie przemieściła: obrazowanie pokazało ją w położeniu docelowym. Przesuwanie cewnika na podstawie sygnału z konsoli wyprowadziłoby dobrze umieszczoną pompę z położenia docelowego.
sc-phys-purge-2 = Obracanie pacjenta może spowodować zagięcie drenu płukania. Zagięcie zwęża drogę, którą musi przepłynąć płyn płuczący, więc konsola potrzebuje wyższego ciśnienia, aby utrzymać ten sam przepływ płukania. Wyprostowanie drenu obniżyło ciśnienie. Nic innego się nie zmieniło: ten sam płyn płuczący, ten sam poziom.
sc-phys-bleeding = Utrata krwi w pachwinie zmniejsza ilość krwi powracającej do serca, więc mniej krwi dociera do wlotu pompy i przepływ pompy spada. Przez pewien czas organizm utrzymuje ciśnienie, obkurczając naczynia i przyspieszając czynność serca, więc stabilna wartość MAP maskuje utratę krwi. Mocny ucisk zatrzymał krwawienie, uzupełnienie objętości wyrównało utratę, a wynik ACT pokazał zespołowi, czy trzeba zmienić dawkowanie heparyny. Większa prędkość nie zastąpi utraconej krwi. W tym modelu objętość krwi nie może spaść poniżej 4200 ml, więc pokazuje on tylko pierwsze minuty krwawienia.
sc-phys-ecmo = VA-ECMO zwraca krew do tętnic, więc ciśnienie w aorcie rośnie. Ta słaba lewa komora nie mogła wytworzyć wyższego ciśnienia, więc jej zastawka aortalna pozostała zamknięta: krzywa z linii tętniczej straciła pulsację, a komora dalej napełniała się krwią z płuc, nie opróżniając się, więc LVEDP i ciśnienie zaklinowania wzrosły. Większy przepływ ECMO podniósł ciśnienie, przeciw któremu komora musiała pracować; płyny jeszcze bardziej ją wypełniły; mniejszy przepływ ECMO dał organizmowi mniej krwi i prawie jej nie opróżnił. Pompa mikroosiowa przez zastawkę przepompowała krew z komory do aorty, więc komora się opróżniła, a ciśnienia napełniania spadły („odbarczenie”). Zastawka może pozostać zamknięta, gdy pompa pracuje: teraz to pompa, a nie zastawka, wypuszcza krew z komory. U tego pacjenta odruch, którym organizm reguluje ciśnienie, jest wyłączony, więc ciśnienie rośnie, gdy pracują oba urządzenia; zespół skorygowałby ustawienia. Model pomija krew, która dociera do zamkniętej komory z drobnych naczyń samego serca.

sc-verdict-good = Dobry krok.
sc-verdict-unneeded = Teraz niepotrzebne.
sc-verdict-wrong = Błędny krok.
sc-yes = tak
sc-no = nie

tr-act-p-down = Obniż poziom P o 1
tr-act-p-down-two = Obniż poziom P o 2
tr-act-p-up = Podnieś poziom P o 1
tr-act-p2 = Ustaw P-2
tr-act-p0 = Zatrzymaj pompę (P-0)
tr-act-fluid = Oceń wolemię i podaj bolus płynów
tr-act-imaging = Sprawdź pozycję w obrazowaniu
tr-act-assess-rv = Oceń prawą komorę
tr-act-support-rv = Lecz niewydolność prawej komory razem z zespołem
tr-act-pull-back = Wycofaj cewnik o 0,5 cm
tr-act-advance = Wsuń cewnik o 0,5 cm
tr-act-purge-tubing = Sprawdź, czy dren płukania nie jest zagięty
tr-act-lower-dextrose = Zmniejsz stężenie glukozy w płynie płuczącym o 10%
tr-act-raise-purge-rate = Zwiększ szybkość płukania
tr-act-replace-cassette = Wymień kasetę płuczącą
tr-act-restart = Uruchom pompę ponownie (P-8, potem P-2)
tr-act-remove-from-lv = Wycofaj zatrzymaną pompę z komory
tr-act-blood-sample = Odczekaj 8 godzin i oznacz wolną hemoglobinę osocza
tr-act-check-act = Sprawdź ACT
tr-act-wait-act = Odczekaj i ponownie sprawdź ACT
tr-act-pull-into-aorta = Wycofaj pompę do aorty
tr-act-stop-remove = Zatrzymaj pompę i ją usuń
tr-act-wait = Obserwuj przez chwilę
tr-act-apply-pressure = Mocno uciśnij miejsce dostępu w pachwinie
tr-act-call-help = Wezwij pomoc: bardziej doświadczonego klinicystę lub zespół wsparcia
tr-act-place-pump = Wprowadź pompę mikroosiową klasy CP przez zastawkę aortalną
tr-act-ecmo-up = Zwiększ przepływ ECMO o 1 l/min
tr-act-ecmo-down = Zmniejsz przepływ ECMO o 1 l/min

tr-why-fluid-for-suction = Najpierw oceń wolemię: niedostatecznie wypełniona komora to częsta przyczyna zasysania.
tr-why-reduce-for-suction = Obniżenie o 1–2 poziomy P zmniejsza ssanie komory, gdy szukasz przyczyny.
tr-why-raise-in-suction = Podniesienie poziomu P przy zasysaniu mocniej ssie pustą komorę: przepływ spada jeszcze bardziej, średni przepływ nie rośnie, a uszkodzenie krwinek czerwonych się nasila.
tr-why-return-to-previous = Przyczyna usunięta i brak zasysania, więc powrót do poprzedniego poziomu jest właściwy.
tr-why-return-too-early = Przyczyna nie została jeszcze usunięta: ponowne podniesienie poziomu przywraca zasysanie.
tr-why-imaging = Obrazowanie pokazuje, czy wlot przylega do ściany, czy pompa się przemieściła.
tr-why-rv-assessed = Prawa komora oceniona. CVP { $value } mmHg: porównaj z ciśnieniem napełniania lewej strony.
tr-why-rv-supported = Niewydolność prawej komory leczona razem z zespołem (w tej symulacji funkcja prawej komory się poprawia).
tr-why-rv-not-indicated = Najpierw oceń prawą komorę; lecz tylko to, co stwierdzisz.
tr-why-move-without-imaging = Nie przesuwaj cewnika na ślepo: najpierw potwierdź pozycję w obrazowaniu.
tr-why-move-at-high-level = Przed przesunięciem pompy zmniejsz do P-2.
tr-why-move-right-way = Właściwy kierunek. Wlot jest teraz { $value } cm poniżej zastawki.
tr-why-move-wrong-way = Zły kierunek albo za daleko. Wlot jest teraz { $value } cm poniżej zastawki.
tr-why-p2-before-moving = P-2 przed przesunięciem pompy.
tr-why-raise-wrong-position = Wyższy poziom nie pomoże źle położonej pompie: tylko zwiększa recyrkulację krwi w tej samej jamie.
tr-why-kink-fixed = Znaleziono zagięcie drenu płukania i je wyprostowano.
tr-why-no-kink = Nie znaleziono zagięcia: teraz sprawdź płyn płuczący.
tr-why-dextrose-lowered = Rzadszy płyn płuczący wymaga niższego ciśnienia.
tr-why-purge-rate-raised = Większa szybkość płukania jeszcze bardziej podnosi ciśnienie płukania.
tr-why-cassette-not-first = Wymiana kasety jest przewidziana przy zablokowanym płukaniu; najpierw sprawdź, czy dren nie jest zagięty, i stężenie glukozy.
tr-why-restarted = Pompa ponownie ruszyła: przepływ do przodu powrócił. Ustaw poziom, którego potrzebuje pacjent.
tr-why-restart-failed = Pompa nie ruszyła ponownie. Zatrzymana pompa w zastawce przecieka: wycofaj ją z komory.
tr-why-stopped-pump-leaks = Zatrzymana pompa w zastawce powoduje przeciek wsteczny: uruchom ją ponownie albo wycofaj z komory.
tr-why-removed-from-lv = Pompa jest poza komorą i już nie przecieka.
tr-why-remove-before-restart = Najpierw spróbuj ponownie uruchomić pompę.
tr-why-sample-taken = Wolna hemoglobina osocza: { $value } mg/dl (symulacja).
tr-why-lowest-level = Stosuj najniższy poziom, który daje potrzebny przepływ: uszkadza mniej krwinek czerwonych.
tr-why-raise-adds-haemolysis = Wyższy poziom uszkadza więcej krwinek czerwonych.
tr-why-wean-by-two = Zmniejszaj o 2 poziomy P naraz i po każdym kroku sprawdzaj wskaźnik sercowy.
tr-why-wean-too-fast = Zmniejszaj o 2 poziomy P naraz.
tr-why-ci-too-low = Wskaźnik sercowy wynosi { $value } l/min/m², czyli nie więcej niż 2,2: nie zmniejszaj dalej wspomagania.
tr-why-back-up-for-ci = Wskaźnik sercowy { $value } l/min/m²: powrót na wyższy poziom jest właściwy.
tr-why-below-p2-in-lv = Pozostań na P-2 lub wyżej, dopóki pompa jest w komorze: zatrzymana pompa powoduje przeciek wsteczny.
tr-why-act-checked = { $value ->
        [one] ACT wynosi { $value } sekundę. Przed usunięciem pompy musi być poniżej 150 sekund.
        [few] ACT wynosi { $value } sekundy. Przed usunięciem pompy musi być poniżej 150 sekund.
        [other] ACT wynosi { $value } sekundy. Przed usunięciem pompy musi być poniżej 150 sekund.
       *[many] ACT wynosi { $value } sekund. Przed usunięciem pompy musi być poniżej 150 sekund.
    }
tr-why-act-waited = { $value ->
        [one] ACT wynosi teraz { $value } sekundę (symulacja, heparyna wstrzymana zgodnie z lokalnymi procedurami).
        [few] ACT wynosi teraz { $value } sekundy (symulacja, heparyna wstrzymana zgodnie z lokalnymi procedurami).
        [other] ACT wynosi teraz { $value } sekundy (symulacja, heparyna wstrzymana zgodnie z lokalnymi procedurami).
       *[many] ACT wynosi teraz { $value } sekund (symulacja, heparyna wstrzymana zgodnie z lokalnymi procedurami).
    }
tr-why-remove-high-act = { $value ->
        [one] ACT ({ $value } sekunda) nie jest niższy niż 150 sekund: usunięcie pompy teraz grozi krwawieniem.
        [few] ACT ({ $value } sekundy) nie jest niższy niż 150 sekund: usunięcie pompy teraz grozi krwawieniem.
        [other] ACT ({ $value } sekundy) nie jest niższy niż 150 sekund: usunięcie pompy teraz grozi krwawieniem.
       *[many] ACT ({ $value } sekund) nie jest niższy niż 150 sekund: usunięcie pompy teraz grozi krwawieniem.
    }
tr-why-pulled-into-aorta = Wycofano do aorty na P-2.
tr-why-removed = Pompa usunięta; mocny ucisk na tętnicę aż do ustania krwawienia (w materiałach producenta: 15–30 minut etapami albo 40 minut; lub zgodnie z lokalną procedurą) albo urządzenie do zamykania naczynia za pomocą szwu.
tr-why-remove-out-of-order = Przed zatrzymaniem i usunięciem wycofaj pompę do aorty na P-2.
tr-why-waited-problem = Nic się nie zmieniło: problem trwa.
tr-why-waited-fine = Zmiana nie jest potrzebna.
tr-why-not-relevant = Nie dotyczy tego alarmu.
tr-why-help-called = Wezwanie pomocy nigdy nie jest błędem. Alarm nadal wymaga wykonania kroków na konsoli: działaj dalej, dopóki pomoc nie nadejdzie.
tr-why-level-not-position = Zmiana poziomu nie pokazuje, gdzie jest pompa. Pokazuje to obrazowanie.
tr-why-pressure-on-site = Mocny ucisk na miejsce dostępu zatrzymuje krwawienie z tętnicy. Utrzymuj go.
tr-why-volume-for-bleeding = Uzupełnienie objętości wyrównuje utratę, więc więcej krwi wraca do serca i do pompy.
tr-why-act-checked-bleeding = { $value ->
        [one] ACT wynosi { $value } sekundę. W trakcie wspomagania wartość docelowa to około 160–180 sekund; przekaż wynik zespołowi, który decyduje o heparynie.
        [few] ACT wynosi { $value } sekundy. W trakcie wspomagania wartość docelowa to około 160–180 sekund; przekaż wynik zespołowi, który decyduje o heparynie.
        [other] ACT wynosi { $value } sekundy. W trakcie wspomagania wartość docelowa to około 160–180 sekund; przekaż wynik zespołowi, który decyduje o heparynie.
       *[many] ACT wynosi { $value } sekund. W trakcie wspomagania wartość docelowa to około 160–180 sekund; przekaż wynik zespołowi, który decyduje o heparynie.
    }
tr-why-raise-not-blood = Większa prędkość nie zastąpi utraconej krwi: pompa może przetłoczyć tylko tę krew, która do niej dociera, i mocniej ssie coraz bardziej opróżnioną komorę.
tr-why-waited-bleeding = Krwawienie z pachwiny trwa: każda minuta czekania oznacza dalszą utratę krwi.
tr-why-vent-placed = Pompa przepompowuje teraz krew z lewej komory do aorty z pominięciem zamkniętej zastawki, więc komora może się opróżnić: obserwuj, jak spadają LVEDP i ciśnienie zaklinowania.
tr-why-vent-already-in = Pompa jest już na miejscu i pracuje.
tr-why-ecmo-up = Większy przepływ ECMO podnosi ciśnienie w aorcie, przeciw któremu komora musi otworzyć zastawkę. Zastawka pozostaje zamknięta, a komora jest tak samo wypełniona jak wcześniej. ECMO ustawione teraz na { $value } l/min.
tr-why-ecmo-down = Mniejszy przepływ ECMO obniża ciśnienie, przeciw któremu pracuje komora, i jej zastawka może się nieco otworzyć. Ale organizm dostaje mniej krwi, a komora pozostaje prawie tak samo wypełniona: samo to jej nie opróżni. ECMO ustawione teraz na { $value } l/min.
tr-why-fluid-distended = Więcej płynu trafia do komory, która jest już przepełniona i nie może się opróżnić: LVEDP i ciśnienie zaklinowania rosną jeszcze bardziej.
tr-why-waited-distended = Nic się nie zmieniło: zastawka pozostaje zamknięta, komora jest nadal przepełniona, a ciśnienie zaklinowania pozostaje wysokie.
tr-why-watch-vent = Pompa jest na miejscu. Obserwacja LVEDP i ciśnienia zaklinowania potwierdza, że opróżnia ona komorę.
tr-why-vent-level-up = Wyższy poziom wypompowuje z komory więcej krwi: obserwuj, jak LVEDP i ciśnienie zaklinowania spadają dalej.
tr-why-no-pump-yet = Ten pacjent nie ma jeszcze pompy mikroosiowej.

tr-step-suction-volume = Oceń wolemię (podaj płyny, jeśli komora jest niedostatecznie wypełniona).
tr-step-suction-reduce = Obniż o 1–2 poziomy P.
tr-step-suction-position = Sprawdź pozycję (obrazowanie).
tr-step-suction-rv = Oceń prawą komorę.
tr-step-rv-support = Lecz niewydolność prawej komory razem z zespołem, zgodnie z lokalnymi procedurami.
tr-step-suction-return = Po ustąpieniu zasysania wróć do poprzedniego poziomu.
tr-step-imaging = Potwierdź pozycję w obrazowaniu.
tr-step-p2 = Zmniejsz do P-2.
tr-step-pull-back = Wycofuj do pojawienia się krzywej aortalnej, a potem jeszcze o około 4 cm.
tr-step-reposition = Zmień położenie pod kontrolą obrazowania.
tr-step-target-depth = Dąż do położenia wlotu około 3,5 cm poniżej pierścienia aortalnego, z krzywą aortalną i pulsacyjnym prądem silnika.
tr-step-purge-kinks = Sprawdź, czy dren płukania nie jest zagięty.
tr-step-purge-dextrose = Zmniejsz stężenie glukozy. Jeśli płukanie jest zablokowane: sprawdź dren, zmniejsz stężenie glukozy, wymień kasetę.
tr-step-restart = Uruchom ponownie na P-8, potem P-2.
tr-step-remove-if-stopped = Jeśli nie da się jej ponownie uruchomić, wycofaj ją z komory: zatrzymana pompa w zastawce przecieka.
tr-step-haem-samples = Hemoliza: wolna hemoglobina osocza powyżej 40 mg/dl w więcej niż 2 próbkach pobranych w odstępie co najmniej 8 godzin.
tr-step-haem-lowest-level = Stosuj najniższy skuteczny poziom P (co najmniej P-2).
tr-step-wean-two = Zmniejszaj o 2 poziomy P naraz (na przykład P-8, P-6, P-4).
tr-step-wean-ci = Utrzymuj wskaźnik sercowy powyżej 2,2 l/min/m².
tr-step-wean-min = Pozostań na P-2 lub wyżej, dopóki pompa jest w komorze.
tr-step-remove-act = ACT poniżej 150 sekund przed usunięciem.
tr-step-remove-pull-back = Wycofaj do aorty na P-2, potem zatrzymaj i usuń.
tr-step-remove-pressure = Mocny ucisk na tętnicę aż do ustania krwawienia: 15–30 minut etapami (po 5 minut przy pełnym ucisku oraz przy ucisku 75%, 50% i 25%) albo 40 minut według materiałów producenta, albo zgodnie z lokalną procedurą; lub urządzenie do zamykania naczynia za pomocą szwu.
tr-step-unknown-keep = Pozostaw cewnik tam, gdzie według obrazowania jest prawidłowo położony, i zapisz oznaczenie w cm: alarm dotyczy słabej czynności serca, a nie pompy.
tr-step-bleed-pressure = Mocno uciskaj pachwinę powyżej miejsca nakłucia aż do ustania krwawienia.
tr-step-bleed-volume = Uzupełnij utraconą objętość zgodnie z decyzją zespołu.
tr-step-bleed-act = Sprawdź ACT (w trakcie wspomagania około 160–180 sekund według instrukcji producenta), aby zespół mógł zdecydować o heparynie.
tr-step-ecmo-recognise = Rozpoznaj lewą komorę, która na ECMO nie może się opróżnić: płaska krzywa z linii tętniczej, zastawka aortalna pozostająca zamknięta w echu serca oraz wysokie LVEDP i ciśnienie zaklinowania.
tr-step-ecmo-vent = Wprowadź pompę mikroosiową przez zastawkę aortalną, aby opróżnić („odbarczyć”) lewą komorę, na najniższym poziomie, który obniża ciśnienia napełniania.
tr-step-ecmo-confirm = Potwierdź to w wartościach: LVEDP i ciśnienie zaklinowania spadają. Przy tak słabej pulsacji konsola może pokazywać „Pozycja nieznana”: potwierdź pozycję w obrazowaniu.

tr-moment-start = Początek
tr-moment-worst = Najgorszy moment
tr-moment-end = Koniec
tr-purge-cause-kink = U tego pacjenta przyczyną był zagięty dren płukania.
tr-purge-cause-dextrose = U tego pacjenta przyczyną był gęsty płyn płuczący (40% glukoza).

sc-seed = Pacjent numer { $seed } (ten sam numer daje tego samego pacjenta).
sc-code = Kod instruktora dla tego przypadku: { $code }. Każdy, kto wpisze go w sali ćwiczeń, otrzyma ten scenariusz z tym pacjentem.
sc-patient-title = Pacjent
sc-vitals = Czas { $time } · MAP { $map } mmHg · częstość akcji serca { $hr }/min · wskaźnik sercowy { $ci } l/min/m² · LVEDP { $lvedp } mmHg · CVP { $cvp } mmHg · głębokość cewnika { $depth } cm
sc-vitals-no-pump = Czas { $time } · MAP { $map } mmHg · częstość akcji serca { $hr }/min · wskaźnik sercowy { $ci } l/min/m² · LVEDP { $lvedp } mmHg · CVP { $cvp } mmHg
sc-samples-title = Próbki wolnej hemoglobiny osocza
sc-sample = Godzina { $hour }: { $value } mg/dl
sc-samples-note = Wartości symulowane według poglądowej reguły dydaktycznej, a nie dane kliniczne. Próg: powyżej 40 mg/dl w więcej niż 2 próbkach pobranych w odstępie co najmniej 8 godzin (instrukcja producenta).
sc-ecmo-title = ECMO, linia tętnicza i echo serca
sc-ecmo-flow = VA-ECMO { $flow } l/min (ustawione na { $set } l/min) · przepływ krwi do organizmu { $body } l/min
sc-ecmo-arterial = Linia tętnicza { $sys }/{ $dia } mmHg · ciśnienie tętna { $pp } mmHg
sc-ecmo-wedge = Ciśnienie zaklinowania (PCWP) { $pcwp } mmHg
sc-ecmo-valve-shut = Echo serca: zastawka aortalna pozostaje zamknięta.
sc-ecmo-valve-opens = Echo serca: zastawka aortalna otwiera się przy każdym uderzeniu serca.
sc-ecmo-trace = Krzywa z linii tętniczej z ostatnich 2 sekund, w skali od 0 do 150 mmHg
sc-actions-title = Twoje działania
sc-actions-help = Każde działanie trwa 20 symulowanych sekund. Informacja zwrotna pojawia się pod przyciskami.
sc-end = Zakończ i zobacz omówienie
sc-replay = Powtórz z tym samym pacjentem
sc-new-patient = Spróbuj z nowym pacjentem
sc-debrief-title = Omówienie
sc-outcome-resolved = Rozwiązano w modelu.
sc-outcome-unresolved = Nie rozwiązano.
sc-score = Wynik: { $score } na 100
sc-counts = Dobre kroki: { $good } · niepotrzebne: { $unneeded } · błędne: { $wrong }.
sc-what-happened = Co się stało
sc-key-moments = Kluczowe momenty
sc-chart-title = Pętle ciśnienie–objętość i sygnał położenia w kluczowych momentach
sc-chart-pv = Pętla PV
sc-chart-placement = Sygnał położenia
sc-axis-volume = Objętość LV (ml)
sc-axis-lv-pressure = Ciśnienie w LV (mmHg)
sc-axis-time = Czas (s)
sc-axis-placement = Sygnał położenia (mmHg)
sc-chart-title-aortic = Pętle ciśnienie–objętość i ciśnienie w aorcie w kluczowych momentach
sc-chart-aortic = Ciśnienie w aorcie
sc-axis-aortic = Ciśnienie w aorcie (mmHg)
sc-moments-caption = Kluczowe momenty w liczbach
sc-col-moment = Moment
sc-col-map = MAP (mmHg)
sc-col-ci = CI (l/min/m²)
sc-col-lvedp = LVEDP (mmHg)
sc-col-flow = Przepływ pompy (l/min)
sc-col-suction = Zasysanie
sc-col-time = Czas
sc-col-action = Działanie
sc-col-verdict = Ocena
sc-col-why = Dlaczego
sc-col-level = Poziom
sc-timeline = Twój przebieg zdarzeń
sc-debrief-source = Prawidłowe działania: streszczenie instrukcji używania producenta. Fizjologia: model hemosim.
sc-debrief-source-general = Prawidłowe działania: ogólne zasady. Źródła tego przewodnika nie podają instrukcji urządzenia ani protokołu odbarczania lewej komory na ECMO: postępuj zgodnie z lokalnym protokołem. Fizjologia: model hemosim.

## Przewiduj, działaj, obserwuj, wyjaśniaj
sc-steps = Cztery kroki: przewiduj, działaj, obserwuj, co się zmienia, a potem przeczytaj w omówieniu, dlaczego tak się stało.
sc-predict-title = Twoja prognoza
sc-predict-look = Zanim podejmiesz działanie, odczytaj panele „Konsola pompy” i „Pacjent”. Potem odpowiedz na pytanie.
sc-predict-forecast = Prognoza: co się teraz stanie?
sc-predict-cause = Przyczyna: co najprawdopodobniej stoi za tym, co widzisz?
sc-predict-commit = Zatwierdź moją odpowiedź
sc-predict-choose-first = Najpierw wybierz odpowiedź.
sc-predict-locked = Twoja odpowiedź: { $answer }. Wyjaśnienie zobaczysz w omówieniu, gdy już podejmiesz działanie.
sc-actions-locked = Działania staną się dostępne, gdy zatwierdzisz odpowiedź w panelu „Twoja prognoza”.
sc-actions-ended = Ten scenariusz się zakończył. Powtórz go albo spróbuj z nowym pacjentem poniżej.
sc-changed = Co zmieniło się w panelu „Pacjent”: MAP { $map0 } → { $map1 } mmHg, wskaźnik sercowy { $ci0 } → { $ci1 } l/min/m², przepływ pompy { $flow0 } → { $flow1 } l/min.
sc-changed-ecmo = LVEDP { $lvedp0 } → { $lvedp1 } mmHg, ciśnienie zaklinowania { $pcwp0 } → { $pcwp1 } mmHg, ciśnienie tętna { $pp0 } → { $pp1 } mmHg.
sc-prediction-title = Twoja prognoza – wyjaśnienie
sc-prediction-right = Twoja odpowiedź była prawidłowa.
sc-prediction-wrong = Twoja odpowiedź nie była najlepsza.
sc-prediction-none = Nie zatwierdzono żadnej odpowiedzi.
sc-prediction-yours = twoja odpowiedź
sc-prediction-best = najlepsza odpowiedź
sc-order-title = Kolejność działań na konsoli (streszczenie instrukcji producenta)
sc-order-title-general = Kroki, których uczy ten scenariusz (ogólne zasady, nie instrukcja urządzenia)

pq-q-suction = Jeśli teraz podniesiesz poziom P o 1, co stanie się ze średnim przepływem pompy w panelu „Konsola pompy”?
pq-a-suction-flow-rises = Wzrośnie mniej więcej o tyle, ile daje jeden poziom więcej.
pq-a-suction-flow-same = Pozostanie mniej więcej taki sam, a spadki w obrębie każdego cyklu serca się pogłębią.
pq-a-suction-flow-stops = Spadnie do zera, bo pompa się zatrzyma.
pq-why-suction-rises = Nieprawidłowo: pompa może przetłoczyć tylko tę krew, która dociera do jej wlotu, a komora jest już prawie pusta.
pq-why-suction-same = Dobrze: przy zbyt małej ilości krwi przy wlocie większa prędkość nie daje większego przepływu; pompa mocniej ssie komorę, więc przepływ spada głębiej w każdym cyklu serca, a uszkodzeniu ulega więcej krwinek czerwonych.
pq-why-suction-stops = Nieprawidłowo: zasysanie nie zatrzymuje silnika. Pompa nadal pracuje i nadal ssie pustą komorę.

pq-q-in-ventricle = Jeśli teraz podniesiesz poziom P o 1, co stanie się ze wskaźnikiem sercowym w panelu „Pacjent”?
pq-a-ci-rises = Wzrośnie, bo pompa przetłacza więcej krwi.
pq-a-ci-same = Pozostanie mniej więcej taki sam.
pq-a-ci-falls = Gwałtownie spadnie.
pq-why-in-ventricle-rises = Nieprawidłowo: gdy wylot jest wewnątrz komory, dodatkowy przepływ krąży w komorze i nigdy nie dociera do aorty.
pq-why-in-ventricle-same = Dobrze: cała pompa jest w komorze, więc tylko miesza w niej krew. Przepływ na konsoli może wyglądać na wysoki, a rzut do krążenia się nie zmienia.
pq-why-in-ventricle-falls = Nieprawidłowo: serce nadal samo wyrzuca krew, więc rzut nie spada; pompa po prostu nic nie dodaje.

pq-q-position-wrong = Odczytaj sygnał położenia i prąd silnika w panelu „Konsola pompy”. Gdzie najprawdopodobniej jest pompa?
pq-a-where-correct = Przechodzi przez zastawkę aortalną, tak jak powinna.
pq-a-where-ventricle = Za głęboko: cała w komorze.
pq-a-where-aorta = Zbyt wysunięta: cała w aorcie.
pq-why-wrong-correct = Nieprawidłowo: prawidłowo umieszczona pompa daje aortalny sygnał położenia z prądem silnika zmieniającym się z każdym uderzeniem serca; tutaj prąd jest płaski.
pq-why-wrong-ventricle = Nieprawidłowo: pompa umieszczona za głęboko daje komorowy sygnał położenia; tutaj sygnał jest aortalny.
pq-why-wrong-aorta = Dobrze: aortalny sygnał położenia z płaskim prądem silnika oznacza, że wlot wysunął się z komory. Potwierdza to głębokość cewnika w panelu „Pacjent”.

pq-q-purge = Jeśli teraz zwiększysz szybkość płukania, co stanie się z ciśnieniem płukania w panelu „Konsola pompy”?
pq-a-purge-rises = Wzrośnie.
pq-a-purge-falls = Spadnie.
pq-a-purge-same = Pozostanie takie samo.
pq-why-purge-rises = Dobrze: przepchnięcie większej ilości płynu przez tę samą wąską drogę wymaga wyższego ciśnienia, więc alarm się nasila, a nie ustępuje.
pq-why-purge-falls = Nieprawidłowo: szybsze płukanie nie usuwa zagięcia drenu ani nie rozrzedza płynu. Wymaga wyższego, a nie niższego ciśnienia.
pq-why-purge-same = Nieprawidłowo: ciśnienie zależy od przepływu. Większy przepływ przez tę samą drogę wymaga wyższego ciśnienia.

pq-q-stopped = Pompa zatrzymała się, gdy nadal przechodzi przez zastawkę aortalną. W którą stronę płynie teraz przez nią krew?
pq-a-flow-forward = Do przodu, z komory do aorty, tylko słabiej.
pq-a-flow-none = Wcale nie płynie: zatrzymana pompa blokuje przepływ.
pq-a-flow-back = Wstecz, z aorty do komory.
pq-why-stopped-forward = Nieprawidłowo: bez silnika nic nie przetłacza krwi do przodu, a ciśnienie w aorcie przez większą część cyklu serca jest wyższe niż w komorze.
pq-why-stopped-none = Nieprawidłowo: kaniula jest otwartą rurką przechodzącą przez zastawkę. Zatrzymana pompa jej nie uszczelnia.
pq-why-stopped-back = Dobrze: przez otwartą kaniulę krew cofa się z aorty do komory. Przepływ na konsoli spada poniżej zera, komora wypełnia się bardziej, a rzut spada.

pq-q-haemolysis = Odczytaj panele „Konsola pompy” i „Pacjent”. Co najprawdopodobniej uszkadza krwinki czerwone?
pq-a-haem-purge = Płyn płuczący.
pq-a-haem-suction = Zasysanie: pompa na wysokim poziomie mocno ssie komorę, w której brakuje krwi.
pq-a-haem-position = Nieprawidłowa pozycja pompy.
pq-why-haem-purge = Nieprawidłowo: płyn płuczący nie niszczy krwinek czerwonych i nic na konsoli nie wskazuje na płukanie.
pq-why-haem-suction = Dobrze: konsola pokazuje zasysanie na P-9. Zasysanie, wysokie poziomy i nieprawidłowa pozycja uszkadzają krwinki czerwone; uzupełnienie objętości, sprawdzenie pozycji i najniższy poziom dający wystarczające wspomaganie ograniczają to uszkodzenie.
pq-why-haem-position = Nieprawidłowo: nie ma alarmu pozycji, a głębokość cewnika w panelu „Pacjent” odpowiada wartości docelowej. Mimo to sprawdź pozycję w obrazowaniu, zgodnie z prawidłowymi działaniami.

pq-q-weaning = Co stanie się z rzutem własnym serca, gdy obniżysz poziom o 2 (z P-8 na P-6)?
pq-a-native-rises = Wzrośnie.
pq-a-native-falls = Spadnie.
pq-a-native-same = Pozostanie taki sam.
pq-why-wean-rises = Dobrze: przy mniejszym odciążeniu zregenerowana komora sama wyrzuca więcej krwi. Właśnie tego oczekujesz podczas odzwyczajania od wspomagania.
pq-why-wean-falls = Nieprawidłowo: w sercu, które odzyskało sprawność, mniejszy przepływ pompy pozwala komorze przejąć większą część pracy. Rzut własny spada tylko wtedy, gdy komora nie odzyskała sprawności.
pq-why-wean-same = Nieprawidłowo: pompa i serce dzielą się pracą. Gdy pompa daje mniej, udział serca się zmienia.

pq-q-removal = Pompa pracuje na P-2 i nadal przechodzi przez zastawkę aortalną. Gdyby ją tu zatrzymać (P-0), co stałoby się z przepływem przez nią?
pq-why-removal-forward = Nieprawidłowo: na P-0 nic nie przetłacza krwi przez pompę do przodu.
pq-why-removal-back = Dobrze: zatrzymana pompa w zastawce przecieka i krew cofa się do komory. Dlatego przed zatrzymaniem wycofuje się ją do aorty na P-2.
pq-why-removal-none = Nieprawidłowo: kaniula pozostaje otwarta. Zatrzymana pompa jej nie uszczelnia.
sc-record-saved = Ta próba znajduje się teraz w Twoim zapisie ćwiczeń.
sc-record-not-saved = Tej próby nie udało się zapisać na tym urządzeniu: zajrzyj do swojego zapisu ćwiczeń.

pq-q-unknown = Odczytaj sygnał położenia w panelu „Konsola pompy” i głębokość cewnika w panelu „Pacjent”. Dlaczego konsola pokazuje „Pozycja nieznana”?
pq-a-unknown-aorta = Pompa wysunęła się do aorty.
pq-a-unknown-weak = Własna czynność skurczowa serca jest zbyt słaba, aby sygnał położenia pulsował.
pq-a-unknown-purge = Dren płukania jest niedrożny.
pq-why-unknown-aorta = Nieprawidłowo: pompa w aorcie daje pulsujący sygnał aortalny i alarm „Nieprawidłowa pozycja”. Tutaj sygnał jest płaski, a głębokość cewnika się nie zmieniła.
pq-why-unknown-weak = Dobrze: sygnał pochodzi z ciśnienia wytwarzanego przez serce. Gdy serce prawie się nie kurczy, sygnał niemal nie pulsuje, więc konsola nie może ocenić pozycji. Obrazowanie może.
pq-why-unknown-purge = Nieprawidłowo: ciśnienie płukania jest prawidłowe, a płukanie nie ma nic wspólnego z sygnałem położenia.

pq-q-purge-move = Pacjenta obrócono dziesięć minut temu. Co jest najbardziej prawdopodobną przyczyną wysokiego ciśnienia płukania?
pq-a-purge-dextrose = Płyn płuczący stał się zbyt gęsty.
pq-a-purge-volume = Pacjent ma zbyt małą objętość krwi.
pq-a-purge-kink = Dren płukania zagiął się podczas obracania pacjenta.
pq-why-move-dextrose = Nieprawidłowo: nikt nie zmieniał płynu płuczącego. Gęstszy płyn podnosi ciśnienie, ale tylko wtedy, gdy podłączy się nowy worek z wyższym stężeniem glukozy.
pq-why-move-volume = Nieprawidłowo: płyn płuczący jest wtłaczany przeciw krwi wewnątrz pompy, a nie przeciw objętości krwi pacjenta; nie ma też alarmu zasysania.
pq-why-move-kink = Dobrze: zmiana ułożenia pacjenta to typowy moment zagięcia drenu. Najpierw sprawdź dren; jego wyprostowanie obniża ciśnienie.

pq-q-bleeding = Jeśli przez następną minutę nic nie zostanie zrobione, co stanie się z przepływem pompy w panelu „Konsola pompy”?
pq-a-bleed-fall = Spadnie.
pq-a-bleed-pump = Wzrośnie, bo pompa wyrówna utratę krwi.
pq-a-bleed-same = Pozostanie taki sam, bo MAP się utrzymuje.
pq-why-bleed-fall = Dobrze: do serca wraca mniej krwi, więc mniej dociera do pompy. Organizm przez pewien czas utrzymuje MAP, obkurczając naczynia i przyspieszając czynność serca, więc samo ciśnienie maskuje utratę krwi.
pq-why-bleed-pump = Nieprawidłowo: pompa może przetłoczyć tylko tę krew, która dociera do jej wlotu. Nie wyrówna krwi utraconej przez pacjenta.
pq-why-bleed-same = Nieprawidłowo: stabilna wartość MAP nie oznacza stabilnej objętości. Organizm przez pewien czas utrzymuje ciśnienie, mimo że objętość spada.

pq-q-ecmo = Krzywa z linii tętniczej jest płaska, a ciśnienie zaklinowania jest wysokie. Odczytaj panel „Pacjent”. Co się dzieje?
pq-a-ecmo-dry = Pacjent ma za mało płynów.
pq-a-ecmo-low = Przepływ ECMO jest za mały.
pq-a-ecmo-shut = Lewa komora nie może otworzyć zastawki wbrew ciśnieniu, które ECMO wtłacza z powrotem do aorty, więc napełnia się i nie opróżnia.
pq-a-ecmo-line = Linia tętnicza jest przytłumiona (damping) lub niesprawna.
pq-why-ecmo-dry = Nieprawidłowo: pacjent z niedoborem płynów ma niskie ciśnienia napełniania. Tutaj LVEDP i ciśnienie zaklinowania są wysokie.
pq-why-ecmo-low = Nieprawidłowo: ECMO pracuje blisko swojego ustawienia i dostarcza organizmowi krew. Większy przepływ mocniej naciskałby na zamkniętą zastawkę, zamiast opróżnić komorę.
pq-why-ecmo-shut = Dobrze: ECMO zwraca krew do aorty, a ta słaba komora nie potrafi wytworzyć wyższego ciśnienia, więc echo serca pokazuje, że jej zastawka pozostaje zamknięta. Nic nie opuszcza komory, krzywa z linii traci pulsację, a komora dalej napełnia się krwią z płuc: LVEDP i ciśnienie zaklinowania rosną.
pq-why-ecmo-line = Nieprawidłowo: echo serca pokazuje, że zastawka aortalna pozostaje zamknięta, więc linia nie ma żadnej pulsacji do pokazania. Niesprawna linia nie podniosłaby ciśnienia zaklinowania.
