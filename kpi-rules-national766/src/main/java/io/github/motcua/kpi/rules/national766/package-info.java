/**
 * The national service-quality index of Quyết định 766/QĐ-TTg (23/6/2022), as the national
 * public-service portal (dichvucong.gov.vn) scores it in 2026: {@link
 * io.github.motcua.kpi.rules.national766.Qd766} (the directive {@code qd766}, its six groups and
 * readings), {@link io.github.motcua.kpi.rules.national766.Qd766Counters} (the counters of its
 * aggregate form and of its dossier path), provided by {@link
 * io.github.motcua.kpi.rules.national766.National766Rules}.
 */
package io.github.motcua.kpi.rules.national766;
