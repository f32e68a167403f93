## Przyciski przechodzenia krok po kroku.

walk-progress = Krok { $step } z { $total }
walk-back = Wstecz
walk-next = Dalej
walk-restart = Wróć do kroku 1
