/**
 * Privacy marks of the model: {@link io.github.loopbaan.core.privacy.Visibility} of what a coach
 * writes, {@link io.github.loopbaan.core.privacy.DataCategory} and the {@link
 * io.github.loopbaan.core.privacy.PersonalData} mark on attributes holding personal or health data
 * (persoonsgegevens, gezondheidsgegevens).
 */
package io.github.loopbaan.core.privacy;
