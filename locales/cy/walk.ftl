## Rheolyddion y daith gam wrth gam.

walk-progress = Cam { $step } o { $total }
walk-back = Yn ôl
walk-next = Nesaf
walk-restart = Yn ôl i gam 1
