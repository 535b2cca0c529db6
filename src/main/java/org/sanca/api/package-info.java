/**
 * The embedding API: run Python code from Java with {@link org.sanca.api.Sanca} and catch its
 * errors as {@link org.sanca.api.PythonException}. This is the only package other Java code
 * should need.
 */
package org.sanca.api;
