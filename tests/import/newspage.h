// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Web pages made up for the reader-mode tests: an article inside a site, and
// a front page that holds no article.

#include <QByteArray>

namespace ktk::testing {

// A saved news page: the site around an article, and reader comments.
inline QByteArray newsPage()
{
    QByteArray page = R"(<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Gemeente schrapt subsidie | Dagblad</title></head><body>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/binnenland">Binnenland</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/cultuur">Cultuur</a></li></ul></nav></header>
<div class="cookie-banner">Wij gebruiken cookies om de site te verbeteren. <a href="/privacy">Meer weten</a></div>
<main><article><h1>Gemeente schrapt subsidie voor buurthuizen</h1>
<p class="byline">Door Anna de Vries, 3 maart 2026</p>
)";
    for (int i = 1; i <= 8; ++i) {
        page += "<p>Alinea " + QByteArray::number(i)
              + " van het artikel: de gemeenteraad besloot dinsdagavond met een krappe meerderheid dat de "
                "subsidie voor de zeven buurthuizen in de stad vanaf volgend jaar vervalt, tot ongenoegen van "
                "bewoners en vrijwilligers die het werk jarenlang hebben gedragen.</p>\n";
    }
    page += R"(</article>
<div class="share-buttons"><a href="#">Deel op Facebook</a> <a href="#">Deel op X</a></div>
<section class="related"><h2>Meer nieuws</h2><ul><li><a href="/a">Brand in centrum</a></li>
<li><a href="/b">Nieuwe burgemeester</a></li><li><a href="/c">Wegwerkzaamheden</a></li></ul></section>
<section id="comments" class="comments"><h2>Reacties</h2>
<div class="comment"><p>Schandalig, reageerder Piet vindt dit de schuld van het college.</p></div>
<div class="comment"><p>Eens met Piet, reageerder Klaas zegt dat het geld op is.</p></div></section>
</main><footer class="site-footer"><p>Copyright Dagblad 2026</p></footer></body></html>)";
    return page;
}

inline QByteArray frontPage()
{
    QByteArray page = "<html><head><title>Dagblad</title></head><body><h1>Dagblad</h1><ul>";
    for (int i = 0; i < 80; ++i)
        page += "<li><a href=\"/n" + QByteArray::number(i) + "\">Kop van bericht " + QByteArray::number(i)
              + " over de gemeente</a></li>";
    return page + "</ul></body></html>";
}


} // namespace ktk::testing
