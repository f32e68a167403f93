## „Jak działa pompa”: symulacja serca i pompy na żywo.

demo-title = Jak działa pompa
demo-intro-patient = To jest komputerowy model serca i pompy. Wybierz sytuację. Włącz pompę i zobacz, jak pomaga słabemu sercu.
demo-intro-clinician = Model serca i krążenia o parametrach skupionych (komory o zmiennej w czasie elastancji, naczynia typu windkessel) z pompą mikroosiową umieszczoną przez zastawkę aortalną. Zmieniaj parametry serca, objętość i poziom pompy i obserwuj odpowiedź ciśnień, przepływów i pętli ciśnienie–objętość.
demo-model-note = Te liczby pochodzą z modelu do nauki, a nie od prawdziwej osoby. Pokazują ogólnie, jak działa pompa. Nie mówią, co stanie się z konkretnym pacjentem.

demo-controls-title = Ustawienia
demo-situation = Sytuacja
demo-preset-healthy = Zdrowe serce
demo-preset-shock = Wstrząs kardiogenny
demo-preset-deteriorating = Wstrząs, który się pogłębia
demo-preset-rhf = Wstrząs ze słabą prawą częścią serca
demo-preset-low-volume = Wstrząs ze zbyt małą ilością krwi

demo-pump-group = Pompa
demo-pump-on = Pompa włączona
demo-device = Rozmiar pompy
demo-device-25 = Mała pompa (klasa 2.5)
demo-device-cp = Średnia pompa (klasa CP)
demo-device-55 = Duża pompa (klasa 5.5)
demo-device-none = Bez pompy
demo-device-max = Najwięcej, ile ta pompa może przepompować: { $flow } l na minutę (dane producenta).
demo-p-level = Poziom pompy (poziom P)
demo-p-level-value = P-{ $level }

demo-heart-group = Serce i krążenie
demo-contractility = Siła mięśnia sercowego (LV Ees)
demo-heart-rate = Częstość akcji serca
demo-blood-volume = Objętość krwi
demo-resistance = Systemowy opór naczyniowy
demo-baroreflex = Odruch z baroreceptorów włączony (własna regulacja ciśnienia krwi przez organizm)
demo-clamped = { $control }: utrzymano wartość { $value }, czyli bezpieczną granicę modelu.

demo-playback = Odtwarzanie
demo-play = Odtwórz
demo-pause = Pauza
demo-speed = Prędkość
demo-speed-1 = Czas rzeczywisty
demo-speed-half = Połowa prędkości
demo-speed-quarter = Ćwierć prędkości
demo-reduced-motion = Animacja jest wstrzymana, bo Twoje urządzenie prosi o ograniczenie ruchu. Obraz i liczby nadal się zmieniają, gdy coś zmienisz. Naciśnij „Odtwórz”, aby ją uruchomić.

demo-view = Widok
demo-view-patient = Prosty
demo-view-clinician = Szczegółowy

control-decrease = Mniej: { $control }
control-increase = Więcej: { $control }

demo-alert-suction = Pompie brakuje krwi. W sercu nie ma dość krwi, którą pompa mogłaby zasysać. Zespół sprawdziłby, czy potrzeba więcej płynów, trochę zmniejszyłby poziom pompy i sprawdziłby jej położenie.
demo-alert-low-pressure = Ciśnienie krwi jest niebezpiecznie niskie: górna wartość jest poniżej 90. (Kryteria wstrząsu: Pepe et al., Shock 2020)
demo-no-alerts = Brak ostrzeżeń.

demo-picture-title = Serce i pompa
demo-pic-aorta = Aorta
demo-pic-la = Lewy przedsionek
demo-pic-lv = Lewa komora
demo-pic-inlet = Wlot
demo-pic-outlet = Wylot
demo-pic-key = Czerwone kształty to krew w sercu. Szara linia to cienka rurka pompy. Przesuwające się kreski pokazują krew płynącą przez pompę, od wlotu w sercu do wylotu w aorcie. Zastawki otwierają się i zamykają, gdy serce bije.
demo-pic-description = Rysunek lewej części serca. { $pump ->
    [on] Pompa przechodzi przez zastawkę i przepompowuje { $flow } l krwi na minutę.
   *[off] Nie ma pompy.
}

demo-summary-heart = Serce samo pompuje { $native } l krwi na minutę.
demo-summary-pump = Pompa dodaje { $pump } l na minutę.
demo-summary-pump-off = Pompa jest wyłączona.
demo-summary-total = Łącznie organizm dostaje { $total } l krwi na minutę.
demo-summary-healthy = Dla porównania: zdrowe serce w tym modelu pompuje { $healthy } l krwi na minutę.
demo-summary-pressure = Ciśnienie krwi: { $sbp } na { $dbp } mmHg.

demo-charts-title = Ciśnienia, przepływy i praca serca
demo-pressure-chart = Ciśnienia w czasie
demo-flow-chart = Przepływ krwi w czasie
demo-pv-chart = Pętla ciśnienie–objętość lewej komory
demo-response-chart = Jak każdy poziom pompy wpływa na to serce
demo-axis-time = Czas (s)
demo-axis-pressure = Ciśnienie (mmHg)
demo-axis-flow = Przepływ (l/min)
demo-axis-volume = Objętość LV (ml)
demo-axis-p-level = Poziom P
demo-series-aortic = Aorta
demo-series-lv = Lewa komora
demo-series-la = Lewy przedsionek
demo-series-native = Własny rzut serca
demo-series-pump = Pompa
demo-series-total = Łącznie
demo-series-loop = To serce teraz
demo-series-healthy = Zdrowe serce
demo-series-snapshot = Zapisany stan
demo-response-total = Rzut całkowity (l/min)
demo-response-map = Średnie ciśnienie (mmHg)
demo-response-lvedp = Ciśnienie napełniania LVEDP (mmHg)
demo-response-cpo = Moc serca (W)
demo-response-table = Tabela wszystkich poziomów pompy
demo-response-computing = Obliczanie poziomów pompy: ukończono { $done } z { $total }.
demo-pv-explain = Każde uderzenie serca rysuje pętlę: serce się napełnia (dół), kurczy się (prawa strona), wyrzuca krew (góra) i rozkurcza się (lewa strona). Pętla położona bardziej w lewo oznacza mniej rozciągnięte serce. Mniejsza pętla oznacza mniej pracy.

demo-table-last-beat = Ostatnie uderzenie serca
demo-table-measure = Parametr
demo-table-value = Wartość
demo-table-level = Poziom
demo-m-sbp = Ciśnienie skurczowe (górne), mmHg
demo-m-dbp = Ciśnienie rozkurczowe (dolne), mmHg
demo-m-map = Średnie ciśnienie tętnicze, mmHg
demo-m-hr = Częstość akcji serca, uderzeń na minutę
demo-m-native = Własny rzut serca, l/min
demo-m-pump = Przepływ pompy, l/min
demo-m-total = Rzut całkowity, l/min
demo-m-ci = Wskaźnik sercowy (powierzchnia ciała { $bsa } m²), l/min/m²
demo-m-sv = Objętość wyrzutowa, ml
demo-m-lvedp = Ciśnienie końcoworozkurczowe LV, mmHg
demo-m-lvedv = Objętość końcoworozkurczowa LV, ml
demo-m-lvesv = Objętość końcowoskurczowa LV, ml
demo-m-ef = Frakcja wyrzutowa, %
demo-m-lvpeak = Szczytowe ciśnienie w LV, mmHg
demo-m-pcwp = Ciśnienie w lewym przedsionku (ciśnienie zaklinowania), mmHg
demo-m-cvp = Ośrodkowe ciśnienie żylne, mmHg
demo-m-sw = Praca wyrzutowa, J
demo-m-pva = Pole ciśnienie–objętość, J
demo-m-cpo = Moc serca (CPO), W
demo-m-av-open = Otwarcie zastawki aortalnej
demo-m-suction = Zasysanie
demo-yes = Tak
demo-no = Nie

demo-console-title = Co pokazałaby konsola
demo-c-level = Poziom P
demo-c-speed = Prędkość obrotowa silnika, obr./min
demo-c-flow = Przepływ pompy (min.–maks.), l/min
demo-c-placement = Sygnał położenia (maks./min.), mmHg
demo-c-waveform = Krzywa sygnału położenia
demo-c-current = Prąd silnika (maks./min.), mA
demo-c-pulsatile = Pulsacyjny prąd silnika
demo-wave-aortic = Aortalna
demo-wave-ventricular = Komorowa
demo-wave-unknown = Położenie nieznane
demo-metrics-title = Wszystkie parametry ostatniego uderzenia serca

demo-compare-title = Porównanie
demo-compare-help = Zapisz stan, na przykład wstrząs bez pompy, potem coś zmień i porównaj.
demo-compare-freeze = Zapisz stan
demo-compare-clear = Usuń zapisany stan
demo-compare-snapshot = Zapisany stan
demo-compare-now = Teraz
demo-compare-saved = Zapisano stan: { $situation }, { $pump }.
demo-compare-pump-off = pompa wyłączona
demo-compare-pump-on = { $device }, poziom P-{ $level }
