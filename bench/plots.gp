# Plots of bench/run.sh, made by report.py from the data files it writes:
#   stages.svg   decompressed MB/s of each pipeline stage and command (median, min-max)
#   latency.svg  article-to-subscriber latency (p50, p99, p99.9) against offered load
# Variables: outdir, subs (the subscriber counts, space-separated), title_extra.
set terminal svg size 900,460 dynamic noenhanced font 'sans,12' background '#ffffff'
set encoding utf8

set output outdir.'/stages.svg'
set title "Pipeline throughput per stage, one core (".title_extra.")"
set xlabel 'MB/s of decompressed text (median; bar: min-max of the repeats)'
set style fill solid 0.6 noborder
set ytics nomirror
set xtics nomirror
set yrange [-0.6:*] reverse
set xrange [0:*]
set grid xtics
set key off
set lmargin 38
plot outdir.'/stages.dat' using ($2/2):0:($2/2):(0.35):yticlabels(1) with boxxyerror lc rgb '#4878a8', \
     '' using 2:0:3:4 with xerrorbars lc rgb '#202020' pt 0, \
     '' using ($2):0:(sprintf('  %.1f', $2)) with labels left font 'sans,10'

reset
set terminal svg size 900,460 dynamic noenhanced font 'sans,12' background '#ffffff'
set output outdir.'/latency.svg'
set title "dealstream serve: article-to-subscriber latency, 2 gateways (".title_extra.")"
set xlabel 'offered load, articles/s (log)'
set ylabel 'latency, ms (log; median of the repeats)'
set logscale xy
set grid
set key outside right top
set arrow from graph 0, first 2 to graph 1, first 2 nohead dt 4 lc rgb '#c03030'
set label 'target: p99 <= 2 ms at 2,000/s, 16 subscribers' at graph 0.02, first 2.4 tc rgb '#c03030' font 'sans,10'
n = words(subs)
plot for [i=0:n-1] outdir.'/latency.dat' index i using 1:2 with linespoints lc i+1 dt 1 pt 7 ps 0.6 title sprintf('p50, %s subscribers', word(subs, i+1)), \
     for [i=0:n-1] outdir.'/latency.dat' index i using 1:3 with linespoints lc i+1 dt 2 pt 5 ps 0.6 title sprintf('p99, %s subscribers', word(subs, i+1)), \
     for [i=0:n-1] outdir.'/latency.dat' index i using 1:4 with linespoints lc i+1 dt 3 pt 9 ps 0.6 title sprintf('p99.9, %s subscribers', word(subs, i+1))
